# A "Sanitize" build type: AddressSanitizer and UndefinedBehaviorSanitizer, every report fatal
# (ASan stops at its first error; -fno-sanitize-recover makes UBSan do the same).
#   cmake -S . -B build-sanitize -DCMAKE_BUILD_TYPE=Sanitize     (or `make test-sanitize`)
# Plain variables, not cache entries: project() has already put empty cache entries for the
# current build type's flags there, which a CACHE set() would silently leave empty.
if(NOT MSVC)
  set(_pz_san "-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all")
  set(CMAKE_CXX_FLAGS_SANITIZE "-O1 -g ${_pz_san}")
  set(CMAKE_C_FLAGS_SANITIZE "-O1 -g ${_pz_san}")
  set(CMAKE_EXE_LINKER_FLAGS_SANITIZE "${_pz_san}")
  set(CMAKE_SHARED_LINKER_FLAGS_SANITIZE "${_pz_san}")
endif()

# The libFuzzer build (fuzz/, `make fuzz`): clang, everything instrumented for coverage and
# checked by ASan and UBSan; the fuzz targets alone link libFuzzer's main.
option(PEARLZONE_BUILD_FUZZERS "Build the libFuzzer targets in fuzz/ (needs clang)" OFF)
if(PEARLZONE_BUILD_FUZZERS)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "PEARLZONE_BUILD_FUZZERS needs clang (-DCMAKE_CXX_COMPILER=clang++)")
  endif()
  add_compile_options(-g -O1 -fno-omit-frame-pointer -fsanitize=fuzzer-no-link,address,undefined
                      -fno-sanitize-recover=all)
  add_link_options(-fsanitize=address,undefined)
endif()
