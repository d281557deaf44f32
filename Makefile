# parallax build. `make` builds the library and the command line into
# build/; `make check` is the one test command (see README.md).

BUILD    ?= build
CC       ?= cc
PREFIX   ?= /usr/local
VERSION  := 0.1.0

PKGS     := jansson libxml-2.0 libutf8proc libxxhash zlib libzstd sqlite3 \
            libmicrohttpd uchardet libexttextcat
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lstemmer -lm -lpthread

WARN     := -Wall -Wextra -Wshadow -Wmissing-prototypes -Wstrict-prototypes \
            -Wno-unused-parameter -Werror
OPT      ?= -O2
CFLAGS   ?=
ifeq ($(SAN),1)
  OPT    := -O1
  SANFLAGS := -fsanitize=address,undefined -fno-omit-frame-pointer \
              -fno-sanitize-recover=undefined
endif
ALL_CFLAGS := -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE $(OPT) -g \
              $(WARN) $(SANFLAGS) -fPIC -Iinclude -Isrc/lib/core \
              -I$(BUILD)/gen $(PKG_CFLAGS) $(CFLAGS)
LIB_CFLAGS := $(ALL_CFLAGS) -DPX_BUILDING -fvisibility=hidden
LDFLAGS_ALL := $(SANFLAGS) $(LDFLAGS)

LIB_SRC   := $(sort $(wildcard src/lib/*/*.c))
CLI_SRC   := $(sort $(wildcard src/cli/*.c src/serve/*.c))
DATA      := $(sort $(wildcard data/*.txt data/*.tsv data/*.csv data/*.json data/*.bin))
UNIT_SRC  := $(sort $(wildcard tests/unit/test_*.c))
CONF_SRC  := $(sort $(wildcard tests/conformance/conf_*.c))
FUZZ_SRC  := $(sort $(wildcard fuzz/fuzz_*.c))
BENCH_SRC := $(sort $(wildcard bench/bench_*.c))

LIB_OBJ   := $(LIB_SRC:%.c=$(BUILD)/obj/%.o) $(BUILD)/obj/gen/px_data.o
CLI_OBJ   := $(CLI_SRC:%.c=$(BUILD)/obj/%.o)
UNIT_BIN  := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)
CONF_BIN  := $(CONF_SRC:tests/conformance/%.c=$(BUILD)/tests/%)
REPLAY_BIN := $(FUZZ_SRC:fuzz/fuzz_%.c=$(BUILD)/fuzz/replay_%)
BENCH_BIN := $(BENCH_SRC:bench/%.c=$(BUILD)/bench/%)

.PHONY: bins all deps demo check test unit e2e conformance replay asan fuzz bench \
        install clean lint man examples

all: $(BUILD)/parallax $(BUILD)/libparallax.a $(BUILD)/libparallax.so \
     $(BUILD)/parallax.pc

deps:
	@sh tools/deps.sh

$(BUILD)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	@echo "  CC      $<"
	@$(CC) $(LIB_CFLAGS) -MMD -MP -c $< -o $@

$(BUILD)/obj/src/cli/%.o: src/cli/%.c
	@mkdir -p $(dir $@)
	@echo "  CC      $<"
	@$(CC) $(ALL_CFLAGS) -MMD -MP -c $< -o $@

$(BUILD)/obj/src/serve/%.o: src/serve/%.c
	@mkdir -p $(dir $@)
	@echo "  CC      $<"
	@$(CC) $(ALL_CFLAGS) -MMD -MP -c $< -o $@

$(BUILD)/tools/embed: tools/embed.c
	@mkdir -p $(dir $@)
	@$(CC) -O1 -o $@ $<

$(BUILD)/gen/px_data.c: $(BUILD)/tools/embed $(DATA)
	@mkdir -p $(dir $@)
	@$(BUILD)/tools/embed $@ $(DATA)

$(BUILD)/obj/gen/px_data.o: $(BUILD)/gen/px_data.c
	@mkdir -p $(dir $@)
	@$(CC) $(LIB_CFLAGS) -c $< -o $@

$(BUILD)/libparallax.a: $(LIB_OBJ)
	@rm -f $@
	@echo "  AR      $@"
	@ar rcs $@ $^

$(BUILD)/libparallax.so: $(LIB_OBJ)
	@echo "  LD      $@"
	@$(CC) -shared -Wl,-soname,libparallax.so.0 $(LDFLAGS_ALL) -o $@ $^ $(PKG_LIBS)

$(BUILD)/parallax: $(CLI_OBJ) $(BUILD)/libparallax.a
	@echo "  LD      $@"
	@$(CC) $(LDFLAGS_ALL) -o $@ $(CLI_OBJ) $(BUILD)/libparallax.a $(PKG_LIBS)

$(BUILD)/parallax.pc: Makefile
	@mkdir -p $(dir $@)
	@printf 'prefix=%s\nlibdir=$${prefix}/lib\nincludedir=$${prefix}/include\n\nName: parallax\nDescription: compare what news sources claim\nVersion: %s\nRequires.private: %s\nLibs: -L$${libdir} -lparallax\nLibs.private: -lstemmer -lm -lpthread\nCflags: -I$${includedir}\n' \
	  '$(PREFIX)' '$(VERSION)' '$(PKGS)' > $@

$(BUILD)/tests/test_%: tests/unit/test_%.c $(BUILD)/libparallax.a
	@mkdir -p $(dir $@)
	@echo "  TEST    $@"
	@$(CC) $(ALL_CFLAGS) -o $@ $< $(BUILD)/libparallax.a $(LDFLAGS_ALL) \
	  $(shell pkg-config --libs cmocka) $(PKG_LIBS)

$(BUILD)/tests/conf_%: tests/conformance/conf_%.c tests/conformance/conf_common.h $(BUILD)/libparallax.a
	@mkdir -p $(dir $@)
	@echo "  CONF    $@"
	@$(CC) $(ALL_CFLAGS) -o $@ $< $(BUILD)/libparallax.a $(LDFLAGS_ALL) $(PKG_LIBS)

$(BUILD)/fuzz/replay_%: fuzz/fuzz_%.c fuzz/replay.c $(BUILD)/libparallax.a
	@mkdir -p $(dir $@)
	@echo "  REPLAY  $@"
	@$(CC) $(ALL_CFLAGS) -o $@ fuzz/replay.c $< $(BUILD)/libparallax.a \
	  $(LDFLAGS_ALL) $(PKG_LIBS)

$(BUILD)/bench/%: bench/%.c bench/bench_common.h $(BUILD)/libparallax.a
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -O2 -o $@ $< $(BUILD)/libparallax.a $(LDFLAGS_ALL) $(PKG_LIBS)

unit: $(UNIT_BIN)
	@sh tests/unit/run.sh $(UNIT_BIN)

e2e: all
	@sh tests/e2e/run.sh $(BUILD)/parallax

conformance: $(CONF_BIN)
	@sh tests/conformance/run.sh $(BUILD)/tests

replay: $(REPLAY_BIN)
	@sh fuzz/replay.sh $(BUILD)/fuzz

lint:
	@sh tools/check-banned.sh

bins: all $(UNIT_BIN) $(CONF_BIN) $(REPLAY_BIN)

test: all lint unit e2e conformance replay

asan:
	@$(MAKE) --no-print-directory -j2 BUILD=build/asan SAN=1 bins
	@$(MAKE) --no-print-directory BUILD=build/asan SAN=1 test

check: deps
	@$(MAKE) --no-print-directory -j2 bins
	@$(MAKE) --no-print-directory test
	@$(MAKE) --no-print-directory asan
	@echo "check: all passed"

demo: deps
	@$(MAKE) --no-print-directory all
	@sh examples/demo.sh $(BUILD)/parallax

fuzz:
	@sh fuzz/build.sh

bench: $(BENCH_BIN) all
	@sh bench/run.sh $(BUILD)

man: all
	@mkdir -p $(BUILD)/man
	@python3 tools/make_man.py > $(BUILD)/man/parallax.1

install: all man
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib \
	  $(DESTDIR)$(PREFIX)/include/parallax $(DESTDIR)$(PREFIX)/lib/pkgconfig \
	  $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 $(BUILD)/parallax $(DESTDIR)$(PREFIX)/bin/
	install -m 644 $(BUILD)/libparallax.a $(DESTDIR)$(PREFIX)/lib/
	install -m 755 $(BUILD)/libparallax.so $(DESTDIR)$(PREFIX)/lib/libparallax.so.0
	ln -sf libparallax.so.0 $(DESTDIR)$(PREFIX)/lib/libparallax.so
	install -m 644 include/parallax/*.h $(DESTDIR)$(PREFIX)/include/parallax/
	install -m 644 $(BUILD)/parallax.pc $(DESTDIR)$(PREFIX)/lib/pkgconfig/
	install -m 644 $(BUILD)/man/parallax.1 $(DESTDIR)$(PREFIX)/share/man/man1/

clean:
	rm -rf build

-include $(shell find $(BUILD)/obj -name '*.d' 2>/dev/null)
