// Whether a plugin may be loaded at all, decided before dlopen runs any of its code. Like ssh's
// StrictModes: whoever can replace a plugin, or add one to a searched directory, can run code as
// the clerk, so every path involved must be owned by root or the current user and not writable
// by group or others. Ancestor directories with the sticky bit (/tmp) are accepted: others can
// create entries there but cannot replace ours.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace wardreport::plugin {

// Why the plugin directory `dir` cannot be trusted ("directory /x is writable by others
// (mode 0777); chmod o-w /x"), or nullopt when it can. `dir` must exist.
std::optional<std::string> untrusted_directory(const std::filesystem::path& dir);

// The same for a plugin file: the file itself (after symlinks), its real directory and that
// directory's ancestors, where the sticky bit is accepted (a plugin linked into /tmp): whether
// others may add plugins is the searched directory's check, untrusted_directory.
std::optional<std::string> untrusted_file(const std::filesystem::path& file);

}  // namespace wardreport::plugin
