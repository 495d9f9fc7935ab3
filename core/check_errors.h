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

// A database report's table exists already and was not to be replaced (the app words it).
class TableExistsError : public OutputError {
public:
    using OutputError::OutputError;
};

// The database of a report has no PostGIS extension.
class NoPostgisError : public OutputError {
public:
    using OutputError::OutputError;
};

}  // namespace pearlzone::core
