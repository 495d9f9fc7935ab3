# pearlzone_warnings(target): the warning set every Pearlzone target is compiled with.
function(pearlzone_warnings target)
  if(MSVC)
    target_compile_options(${target} PRIVATE /W4 /permissive- /utf-8)
  else()
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
                           -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
                           -Woverloaded-virtual -Wnull-dereference -Wformat=2)
  endif()
endfunction()
