#pragma once
// The two kinds of failure a batch check reports differently (SPEC section 5 exit codes):
// the input cannot be used (2), or the output cannot be written (3).

#include "gis/error.h"

namespace pearlzone::core {

class InputError : public gis::Error {
public:
    using gis::Error::Error;
};

class OutputError : public gis::Error {
public:
    using gis::Error::Error;
};

}  // namespace pearlzone::core
