#ifndef JOBJOURNAL_JEMALLOC_SETTINGS_H
#define JOBJOURNAL_JEMALLOC_SETTINGS_H

/// The settings jemalloc reads as it starts (its `malloc_conf`), for Allocator.configure to
/// refer to, so the linker keeps them.
const char *jobjournal_jemalloc_settings(void);

#endif
