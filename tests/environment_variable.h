#pragma once
// Sets an environment variable of the test process (the switches PEARLZONE_GEOS_ONLY and
// PEARLZONE_OGR_ONLY that compare the fast paths with the plain ones).

#include <cstdlib>

namespace pearlzone::test {

inline void setEnvironmentVariable(const char* name, const char* value)
{
#ifdef _WIN32
    _putenv_s(name, value);
#else
    setenv(name, value, 1);
#endif
}

}  // namespace pearlzone::test
