#pragma once
// Our tests include this instead of Catch2 directly, so that they build against Catch2 v2
// (Debian's single header) and v3 (vcpkg's split headers) alike.

#if __has_include(<catch2/catch_all.hpp>)
#include <catch2/catch_all.hpp>
#include <string>
using Catch::Approx;
namespace Catch {
// v2's string matcher, by its v3 name.
inline auto Contains(const std::string& text) { return Matchers::ContainsSubstring(text); }
}  // namespace Catch
#else
#include <catch2/catch.hpp>
#endif
