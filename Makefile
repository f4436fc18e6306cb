# utopiahire_interview: PGXS build of the extension, plus the project commands
# (make test / make demo / make bench), which set themselves up (see test/scripts).

EXTENSION  = utopiahire_interview
EXTVERSION = 1.1.0

MODULE_big = $(EXTENSION)
OBJS       = $(patsubst %.cpp,%.o,$(sort $(wildcard src/core/*.cpp src/pg/*.cpp)))

# The install script is generated from topical sources (schema, functions, triggers, views)
# and the shipped data (data/*.json, loaded through a loader function of the script).
DATA_built   = $(EXTENSION)--$(EXTVERSION).sql
# Upgrade scripts, and the frozen install scripts of earlier released versions (released/), so
# that an upgrade test can create an old version and ALTER EXTENSION ... UPDATE to this one.
DATA         = $(filter-out $(DATA_built),$(wildcard $(EXTENSION)--*--*.sql)) \
               $(filter-out released/$(DATA_built),$(wildcard released/$(EXTENSION)--*.sql))
DATA_TSEARCH = $(wildcard tsearch/*.syn tsearch/*.rules tsearch/*.ths)

# One pg_regress file per feature; every file starts from a fresh CREATE EXTENSION.
REGRESS      = $(sort $(basename $(notdir $(wildcard sql/*.sql))))
REGRESS_OPTS = --load-extension=plpgsql

PG_CPPFLAGS = -Isrc -Isrc/core/generated
# -O3 as the core benchmarks build it (cmake Release): some 7% fewer instructions per analysis than
# -O2, and the same results (no -ffast-math: floating point is computed as written either way).
PG_CXXFLAGS = -std=c++17 -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers -Wno-register -O3
SHLIB_LINK  = -lstdc++
# JIT bitcode is built with clang, which ignores PG_CXXFLAGS; we do not need it.
override with_llvm = no

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

SQL_SOURCES  = $(sort $(wildcard sql_src/*.sql))
DATA_SOURCES = $(sort $(wildcard data/*.json))

$(EXTENSION)--$(EXTVERSION).sql: $(SQL_SOURCES) $(DATA_SOURCES) test/scripts/build_install_script.sh
	bash test/scripts/build_install_script.sh $@ $(SQL_SOURCES) -- $(DATA_SOURCES)

# The WordNet table of the core (wordnet_senses.cpp), derived from Debian's wordnet-base at
# build time (never copied into the repository): see test/scripts/gen_wordnet_senses.sh.
WORDNET_DIR ?= /usr/share/wordnet
src/core/generated/wordnet_senses.inc: test/scripts/gen_wordnet_senses.sh
	@mkdir -p $(dir $@)
	sh test/scripts/gen_wordnet_senses.sh $(WORDNET_DIR) $@
src/core/wordnet_senses.o: src/core/generated/wordnet_senses.inc

# Header dependencies of the C++ sources (g++ -MMD).
override CXXFLAGS += -MMD -MP
-include $(OBJS:.o=.d)

.PHONY: test demo bench unit fuzz
test:
	bash test/scripts/run_tests.sh
demo:
	bash test/scripts/run_demo.sh
bench:
	bash test/scripts/run_bench.sh
fuzz:
	bash test/scripts/run_fuzz.sh

EXTRA_CLEAN = build src/core/generated results regression.diffs regression.out $(OBJS:.o=.d)
