// Included first by every core source file: the core is plain C++17 and must never be
// compiled with a PostgreSQL header (their macros clobber C++ names, and their errors longjmp
// over destructors). CMake also builds the core without PostgreSQL's include path, so a stray
// include fails there too. Core headers do not include this: the glue in src/pg includes them
// after postgres.h.
#pragma once
#ifdef POSTGRES_H
#error "src/core must not be compiled after postgres.h: keep PostgreSQL headers in src/pg"
#endif
