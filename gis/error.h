#pragma once
// The one exception type gis/ throws. Messages name the file or input and carry the
// library's own explanation, so callers can show them to a planner as they are.

#include <stdexcept>
#include <string>

namespace pearlzone::gis {

class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

}  // namespace pearlzone::gis
