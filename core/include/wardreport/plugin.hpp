// Declares a plugin's exporter: include this in the one source file that says
// WARDREPORT_PLUGIN(YourExporter). It exports, under fixed Boost.DLL aliases, the SDK version
// and the layout fingerprint (wardreport/abi.hpp) the plugin was compiled with, and the
// factory. The engine checks both before it calls anything of the plugin.
#pragma once

#include <wardreport/abi.hpp>
#include <wardreport/exporter.hpp>
#include <wardreport/version.hpp>

#include <boost/dll/alias.hpp>

#include <cstdint>
#include <memory>
#include <type_traits>

// The aliases the engine looks for.
#define WARDREPORT_FACTORY_ALIAS wardreport_create_exporter
#define WARDREPORT_VERSION_ALIAS wardreport_plugin_sdk_version
#define WARDREPORT_LAYOUT_ALIAS wardreport_plugin_sdk_layout

// Use once, at namespace scope, in one source file of the plugin.
#define WARDREPORT_PLUGIN(ExporterClass)                                                   \
    namespace wardreport_plugin_exports {                                                  \
    const int wardreport_plugin_sdk_version_value = WARDREPORT_SDK_VERSION;                \
    const std::uint64_t wardreport_plugin_sdk_layout_value = ::wardreport::abi::kFingerprint; \
    inline std::unique_ptr<::wardreport::Exporter> create() {                              \
        static_assert(std::is_base_of<::wardreport::Exporter, ExporterClass>::value,       \
                      "WARDREPORT_PLUGIN needs a class derived from wardreport::Exporter"); \
        return std::make_unique<ExporterClass>();                                          \
    }                                                                                      \
    }                                                                                      \
    BOOST_DLL_ALIAS(wardreport_plugin_exports::wardreport_plugin_sdk_version_value,        \
                    WARDREPORT_VERSION_ALIAS)                                              \
    BOOST_DLL_ALIAS(wardreport_plugin_exports::wardreport_plugin_sdk_layout_value,         \
                    WARDREPORT_LAYOUT_ALIAS)                                               \
    BOOST_DLL_ALIAS(wardreport_plugin_exports::create, WARDREPORT_FACTORY_ALIAS)
