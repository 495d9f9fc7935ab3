#pragma once
// Our tests include this instead of Catch2 directly, so that they build against Catch2 v2
// (Debian's single header) and v3 (vcpkg's split headers) alike.

#if __has_include(<catch2/catch_all.hpp>)
#include <catch2/catch_all.hpp>
using Catch::Approx;
#else
#include <catch2/catch.hpp>
#endif
