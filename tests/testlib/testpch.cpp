// The host of the tests' precompiled header (see tests/CMakeLists.txt); it compiles nothing else.
