#pragma once
// The little the CLI needs from the terminal, portably.

namespace pearlzone::cli {

bool stderrIsTerminal();

}  // namespace pearlzone::cli
