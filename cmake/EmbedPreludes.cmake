# Writes OUT: a C++ file with every runtime/lib/go/*.go prelude as a raw string,
# keyed by import path (file name with '_' meaning '/': unicode_utf8.go → unicode/utf8).
file(GLOB preludes "${SRC_DIR}/*.go")
list(SORT preludes)
set(body "// Generated from runtime/lib/go/*.go by cmake/EmbedPreludes.cmake. Do not edit.\n#include <cstring>\n#include <string_view>\nnamespace gs::lang {\nconst char* prelude_source(std::string_view path) {\n")
foreach(f ${preludes})
  get_filename_component(name "${f}" NAME_WE)
  string(REPLACE "_" "/" path "${name}")
  file(READ "${f}" text)
  set(body "${body}  if (path == \"${path}\") return R\"gsprelude(${text})gsprelude\";\n")
endforeach()
set(body "${body}  return nullptr;\n}\n}  // namespace gs::lang\n")
file(WRITE "${OUT}.tmp" "${body}")
execute_process(COMMAND ${CMAKE_COMMAND} -E copy_if_different "${OUT}.tmp" "${OUT}")
