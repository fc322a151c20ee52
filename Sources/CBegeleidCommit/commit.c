// The commit `begeleid --version` names. `make build` writes it (from git, or from the
// COMMIT file of a `git archive` tarball) into .build/begeleid-commit.h, outside the
// repository, and rewrites that file only when the commit changes, so an unchanged
// commit rebuilds nothing. A plain `swift build` without it (or with another scratch
// path) gets "": the version then says the commit is unknown. Only --version shows it:
// no report or cache holds it, so the outputs stay the same bytes across commits.
#include "begeleid_commit.h"

#if __has_include("../../.build/begeleid-commit.h")
#include "../../.build/begeleid-commit.h"
#endif

#ifndef BEGELEID_COMMIT
#define BEGELEID_COMMIT ""
#endif

const char *begeleid_commit(void) { return BEGELEID_COMMIT; }
