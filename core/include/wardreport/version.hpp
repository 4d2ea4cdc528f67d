// wardreport SDK version. A plugin records the version it was built against; the engine refuses a
// plugin whose major version differs from its own, or whose minor version is newer than its own.
#pragma once

#define WARDREPORT_SDK_VERSION_MAJOR 2
// 2.1: the formula language grew (wardreport/formula.hpp); 2.2: LEFT; 2.3: RIGHT; 2.4: POWER. The layout is 2.0's.
#define WARDREPORT_SDK_VERSION_MINOR 4
// One integer for quick comparison: major * 1000 + minor.
#define WARDREPORT_SDK_VERSION (WARDREPORT_SDK_VERSION_MAJOR * 1000 + WARDREPORT_SDK_VERSION_MINOR)

namespace wardreport {

inline int sdk_major(int version) noexcept { return version / 1000; }
inline int sdk_minor(int version) noexcept { return version % 1000; }

// Can an engine built with SDK `engine` run a plugin built with SDK `plugin`?
inline bool sdk_compatible(int engine, int plugin) noexcept {
    return sdk_major(engine) == sdk_major(plugin) && sdk_minor(plugin) <= sdk_minor(engine);
}

}  // namespace wardreport
