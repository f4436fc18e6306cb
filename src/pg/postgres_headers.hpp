// Every src/pg file includes this first: PostgreSQL's headers, as C, before any C++ standard
// header (port.h redefines snprintf and friends, which <cstdio> and nlohmann/json then trip on).
// elog.h's ERROR/WARNING/INFO and c.h's Min/Max are macros: never use them as C++ identifiers.
#pragma once

extern "C" {
#include "postgres.h"

#include "fmgr.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/builtins.h"
}
