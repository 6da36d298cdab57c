# Third-party targets built from Debian's packages and source packages.
#   gs_doctest  — doctest.h (copied into the build tree: the Emscripten toolchain
#                 must not see /usr/include, which would drag in glibc headers)
#   gs_json     — nlohmann/json.hpp, copied likewise
#   gs_md4c     — md4c from `apt-get source md4c`
#   gs_imgui    — Dear ImGui 1.86 core + GLFW/OpenGL3 backends from `apt-get source imgui`,
#                 on the OpenGL ES 3 path on both targets (one shader version)

set(GS_HEADERS_DIR "${CMAKE_BINARY_DIR}/third_party_include")
configure_file(/usr/include/doctest/doctest.h "${GS_HEADERS_DIR}/doctest/doctest.h" COPYONLY)
file(COPY /usr/include/nlohmann DESTINATION "${GS_HEADERS_DIR}")  # Debian's is split into many headers
add_library(gs_doctest INTERFACE)
target_include_directories(gs_doctest SYSTEM INTERFACE "${GS_HEADERS_DIR}")
add_library(gs_json INTERFACE)
target_include_directories(gs_json SYSTEM INTERFACE "${GS_HEADERS_DIR}")

if(NOT EXISTS "${GS_DEPS_DIR}/imgui/imgui.cpp" OR NOT EXISTS "${GS_DEPS_DIR}/md4c/src/md4c.c" OR NOT EXISTS "${GS_DEPS_DIR}/zlib/deflate.c")
  message(FATAL_ERROR "Debian sources of imgui/md4c/zlib missing in ${GS_DEPS_DIR}: run scripts/setup.sh")
endif()

add_library(gs_md4c STATIC "${GS_DEPS_DIR}/md4c/src/md4c.c")
target_include_directories(gs_md4c SYSTEM PUBLIC "${GS_DEPS_DIR}/md4c/src")

# zlib (raw deflate for share links) from `apt-get source zlib`, on both targets:
# Emscripten's zlib port would download it, which this machine cannot do.
file(GLOB GS_ZLIB_SOURCES ${GS_DEPS_DIR}/zlib/*.c)
list(FILTER GS_ZLIB_SOURCES EXCLUDE REGEX "/(gz[a-z]*|example|minigzip)\\.c$")
add_library(gs_zlib STATIC ${GS_ZLIB_SOURCES})
target_include_directories(gs_zlib SYSTEM PUBLIC ${GS_DEPS_DIR}/zlib)
target_compile_definitions(gs_zlib PRIVATE Z_HAVE_UNISTD_H)

if(NOT GS_BUILD_APP)
  return()
endif()

set(IMGUI_DIR "${GS_DEPS_DIR}/imgui")
add_library(gs_imgui STATIC
  ${IMGUI_DIR}/imgui.cpp ${IMGUI_DIR}/imgui_draw.cpp ${IMGUI_DIR}/imgui_tables.cpp
  ${IMGUI_DIR}/imgui_widgets.cpp ${IMGUI_DIR}/imgui_demo.cpp
  ${IMGUI_DIR}/backends/imgui_impl_glfw.cpp ${IMGUI_DIR}/backends/imgui_impl_opengl3.cpp
  ${IMGUI_DIR}/misc/cpp/imgui_stdlib.cpp)
target_include_directories(gs_imgui SYSTEM PUBLIC ${IMGUI_DIR} ${IMGUI_DIR}/backends ${IMGUI_DIR}/misc/cpp)
target_compile_definitions(gs_imgui PUBLIC IMGUI_IMPL_OPENGL_ES3 IMGUI_DISABLE_OBSOLETE_FUNCTIONS)
if(EMSCRIPTEN)
  target_link_options(gs_imgui PUBLIC -sUSE_GLFW=3 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2)
else()
  find_package(PkgConfig REQUIRED)
  pkg_check_modules(GLFW3 REQUIRED IMPORTED_TARGET glfw3)
  pkg_check_modules(GLES REQUIRED IMPORTED_TARGET glesv2)
  target_link_libraries(gs_imgui PUBLIC PkgConfig::GLFW3 PkgConfig::GLES)
endif()
