# A "Sanitize" build type for development: AddressSanitizer and UndefinedBehaviorSanitizer.
#   cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Sanitize
if(NOT MSVC)
  set(_pz_san "-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined")
  set(CMAKE_CXX_FLAGS_SANITIZE "-O1 -g ${_pz_san}" CACHE STRING "C++ flags for the Sanitize build type")
  set(CMAKE_EXE_LINKER_FLAGS_SANITIZE "${_pz_san}" CACHE STRING "Linker flags for the Sanitize build type")
  set(CMAKE_SHARED_LINKER_FLAGS_SANITIZE "${_pz_san}" CACHE STRING "Linker flags for the Sanitize build type")
  mark_as_advanced(CMAKE_CXX_FLAGS_SANITIZE CMAKE_EXE_LINKER_FLAGS_SANITIZE CMAKE_SHARED_LINKER_FLAGS_SANITIZE)
endif()
