#ifndef BEGELEID_COMMIT_H
#define BEGELEID_COMMIT_H

/// The commit the binary was built from ("" when unknown): see commit.c.
const char *begeleid_commit(void);

#endif
