// `wardreport plugins` through the real CLI: listing, and one clear message for each kind of
// faulty plugin file while the good plugins stay usable.
#include "test_support.hpp"

#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <fstream>

namespace fs = std::filesystem;
using wrtest::contains;

TEST_CASE("plugins lists the built-in and --plugin-dir plugins with name, version, formats and path") {
    wrtest::Prefix prefix;
    wrtest::install_plugin("fake", prefix.builtin());
    const fs::path extra = prefix.dir("extra");
    const fs::path dup = wrtest::install_plugin("duplicate", extra);

    const auto r = wrtest::run(prefix.cli(), {"plugins", "--plugin-dir", extra.string()});
    INFO(r.err);
    CHECK(r.status == 1);  // the duplicate's "fake-text" is a fault
    CHECK(contains(r.out, "fake 0.0.1 - test plugin: the document as plain text\n"));
    CHECK(contains(r.out, "    format: fake-text (.txt, text/plain)\n"));
    CHECK(contains(r.out, (prefix.builtin() / "wardreport-test-fake.so").string() + " [built-in]"));
    CHECK(contains(r.out, "duplicate 0.0.1"));
    CHECK(contains(r.out, "    format: dup-only (.dup, text/plain)\n"));
    CHECK_FALSE(contains(r.out, "    format: fake-text (.txt, text/plain)\n    format: dup-only"));
    CHECK(contains(r.out, dup.string() + " [--plugin-dir]"));
}

TEST_CASE("plugins exits 0 when every plugin file loads") {
    wrtest::Prefix prefix;
    wrtest::install_plugin("fake", prefix.builtin());
    const auto r = wrtest::run(prefix.cli(), {"plugins"});
    CHECK(r.err.empty());
    CHECK(r.status == 0);
    CHECK(contains(r.out, "format: fake-text"));
}

TEST_CASE("two plugins claiming one format: the first in search order wins, both are named") {
    wrtest::Prefix prefix;
    const fs::path a = prefix.dir("a"), b = prefix.dir("b");
    const fs::path fake = wrtest::install_plugin("fake", a);
    const fs::path dup = wrtest::install_plugin("duplicate", b);

    auto r = wrtest::run(prefix.cli(), {"plugins", "--plugin-dir", a.string(), "--plugin-dir", b.string()});
    CHECK(r.status == 1);
    CHECK(contains(r.err, dup.string() + ": error: format 'fake-text' of plugin 'duplicate' ignored: plugin 'fake' (" +
                              fake.string() + ") provides it and was found first"));

    r = wrtest::run(prefix.cli(), {"plugins", "--plugin-dir", b.string(), "--plugin-dir", a.string()});
    CHECK(contains(r.err, fake.string() + ": error: format 'fake-text' of plugin 'fake' ignored: plugin 'duplicate' (" +
                              dup.string() + ") provides it and was found first"));
    // fake has no other format: it is not listed at all.
    CHECK_FALSE(contains(r.out, "fake 0.0.1"));
}

TEST_CASE("a corrupt .so is reported and the other plugins still load") {
    wrtest::Prefix prefix;
    wrtest::install_plugin("fake", prefix.builtin());
    const fs::path dir = prefix.dir("bad");
    {
        std::ofstream garbage(dir / "wardreport-corrupt.so", std::ios::binary);
        for (int i = 0; i < 4096; ++i) garbage << static_cast<char>((i * 7919) % 251);
    }
    std::ofstream(dir / "wardreport-empty.so").close();
    std::ofstream(dir / "README.txt") << "not a plugin, not a .so: ignored";

    const auto r = wrtest::run(prefix.cli(), {"plugins", "--plugin-dir", dir.string()});
    CHECK(r.status == 1);
    CHECK(contains(r.err, (dir / "wardreport-corrupt.so").string() +
                              ": error: not a loadable shared library: invalid ELF header\n"));
    CHECK(contains(r.err, (dir / "wardreport-empty.so").string() + ": error: not a loadable shared library: file too short\n"));
    CHECK_FALSE(contains(r.err, "README"));
    CHECK(contains(r.out, "format: fake-text"));
}

TEST_CASE("a plugin built for another SDK version is refused with both versions named") {
    wrtest::Prefix prefix;
    wrtest::install_plugin("fake", prefix.builtin());
    const fs::path dir = prefix.dir("old");
    const fs::path old_major = wrtest::install_plugin("sdk-1-0", dir);
    const fs::path major = wrtest::install_plugin("sdk-3-0", dir);
    const fs::path minor = wrtest::install_plugin("sdk-2-9", dir);

    const auto r = wrtest::run(prefix.cli(), {"plugins", "--plugin-dir", dir.string()});
    CHECK(r.status == 1);  // not -1: neither info() nor the factory (both abort) was called
    CHECK(contains(r.err, old_major.string() + ": error: built for SDK 1.0, this wardreport has SDK 2.4; "
                                               "rebuild the plugin against SDK 2.x"));
    CHECK(contains(r.err, major.string() + ": error: built for SDK 3.0, this wardreport has SDK 2.4; "
                                           "rebuild the plugin against SDK 2.x"));
    CHECK(contains(r.err, minor.string() + ": error: built for SDK 2.9, newer than this wardreport's SDK 2.4"));
    CHECK(contains(r.out, "format: fake-text"));
}

// The version check alone cannot see this: the plugin claims exactly this SDK's version, but its
// doc::Chart has one member more, so every block after a chart would be read at wrong offsets.
TEST_CASE("a plugin built against SDK headers with a changed layout is refused, never run") {
    wrtest::Prefix prefix;
    wrtest::install_plugin("fake", prefix.builtin());
    const fs::path dir = prefix.dir("changed");
    const fs::path changed = wrtest::install_plugin("changed-layout", dir);

    const auto r = wrtest::run(prefix.cli(), {"plugins", "--plugin-dir", dir.string()});
    CHECK(r.status == 1);  // not a crash: its info() and factory abort, and neither was called
    CHECK(contains(r.err, changed.string() + ": error: built for SDK 2.4 with headers whose type layout differs "
                                             "from this wardreport's SDK 2.4 (layout "));
    CHECK(contains(r.err, "rebuild it against the installed SDK 2.4 headers"));
    CHECK(contains(r.out, "format: fake-text"));
}

TEST_CASE("a library without the factory, or with no wardreport export at all, is reported") {
    wrtest::Prefix prefix;
    const fs::path dir = prefix.dir("odd");
    const fs::path no_factory = wrtest::install_plugin("no-factory", dir);
    const fs::path no_exports = wrtest::install_plugin("no-exports", dir);
    wrtest::install_plugin("fake", dir);

    const auto r = wrtest::run(prefix.cli(), {"plugins", "--plugin-dir", dir.string()});
    CHECK(r.status == 1);
    CHECK(contains(r.err, no_factory.string() +
                              ": error: not a wardreport plugin: it exports no factory 'wardreport_create_exporter'"));
    CHECK(contains(r.err, no_exports.string() +
                              ": error: not a wardreport plugin: it exports no 'wardreport_plugin_sdk_version'"));
    CHECK(contains(r.out, "format: fake-text"));
}

TEST_CASE("a plugin whose info() throws is reported with the exception's message") {
    wrtest::Prefix prefix;
    const fs::path dir = prefix.dir("throwing");
    const fs::path p = wrtest::install_plugin("throw-info", dir);
    wrtest::install_plugin("fake", dir);

    const auto r = wrtest::run(prefix.cli(), {"plugins", "--plugin-dir", dir.string()});
    CHECK(r.status == 1);
    CHECK(contains(r.err, p.string() + ": error: the plugin's info() failed: info exploded on purpose"));
    CHECK(contains(r.out, "format: fake-text"));
}

TEST_CASE("a plugin declaring an invalid format name is refused") {
    wrtest::Prefix prefix;
    const fs::path dir = prefix.dir("bad-info");
    const fs::path p = wrtest::install_plugin("bad-info", dir);
    const auto r = wrtest::run(prefix.cli(), {"plugins", "--plugin-dir", dir.string()});
    CHECK(r.status == 1);
    CHECK(contains(r.err, p.string() + ": error: plugin 'bad-info' declares the format name 'PDF!'; expected "
                                       "lower-case letters, digits and '-'"));
    CHECK_FALSE(contains(r.out, "bad-info"));
}

TEST_CASE("plugins in a directory writable by others are refused, with the fix") {
    wrtest::Prefix prefix;
    wrtest::install_plugin("fake", prefix.builtin());
    const fs::path dir = prefix.dir("open");
    const fs::path dup = wrtest::install_plugin("duplicate", dir);
    fs::permissions(dir, fs::perms(0777));

    const auto r = wrtest::run(prefix.cli(), {"plugins", "--plugin-dir", dir.string()});
    CHECK(r.status == 1);
    CHECK(contains(r.err, dup.string() + ": error: refusing plugin: directory " + dir.string() +
                              " is writable by others (mode 0777); chmod go-w " + dir.string()));
    CHECK_FALSE(contains(r.out, "duplicate"));
    CHECK(contains(r.out, "format: fake-text"));

    // An empty directory writable by others is reported too: anyone could drop a plugin there.
    fs::remove(dup);
    const auto empty = wrtest::run(prefix.cli(), {"plugins", "--plugin-dir", dir.string()});
    CHECK(contains(empty.err, dir.string() + ": error: refusing --plugin-dir plugin directory: directory " +
                                  dir.string() + " is writable by others (mode 0777)"));
}

TEST_CASE("a group-writable plugin file or directory is refused") {
    wrtest::Prefix prefix;
    const fs::path dir = prefix.dir("group");
    const fs::path p = wrtest::install_plugin("fake", dir);
    fs::permissions(p, fs::perms(0775));
    auto r = wrtest::run(prefix.cli(), {"plugins", "--plugin-dir", dir.string()});
    CHECK(contains(r.err, p.string() + ": error: refusing plugin: it is writable by its group (mode 0775); chmod g-w " +
                              p.string()));

    fs::permissions(p, fs::perms(0755));
    fs::permissions(dir, fs::perms(0775));
    r = wrtest::run(prefix.cli(), {"plugins", "--plugin-dir", dir.string()});
    CHECK(contains(r.err, "is writable by its group (mode 0775); chmod g-w " + dir.string()));
    CHECK_FALSE(contains(r.out, "fake"));
}

TEST_CASE("a world-writable ancestor directory without the sticky bit is refused, /tmp-like ones are not") {
    wrtest::Prefix prefix;
    const fs::path parent = prefix.dir("parent");
    const fs::path dir = prefix.dir("parent/plugins");
    wrtest::install_plugin("fake", dir);

    fs::permissions(parent, fs::perms(01777));
    auto r = wrtest::run(prefix.cli(), {"plugins", "--plugin-dir", dir.string()});
    CHECK(contains(r.out, "format: fake-text"));

    fs::permissions(parent, fs::perms(0777));
    r = wrtest::run(prefix.cli(), {"plugins", "--plugin-dir", dir.string()});
    CHECK(contains(r.err, "refusing plugin: directory " + parent.string() + " is writable by others (mode 0777)"));
    CHECK_FALSE(contains(r.out, "fake"));
}

TEST_CASE("a symlinked plugin is checked where it really lives") {
    wrtest::Prefix prefix;
    const fs::path real_dir = prefix.dir("real");
    const fs::path real = wrtest::install_plugin("fake", real_dir);
    const fs::path dir = prefix.dir("links");
    fs::create_symlink(real, dir / "wardreport-link.so");

    auto r = wrtest::run(prefix.cli(), {"plugins", "--plugin-dir", dir.string()});
    CHECK(contains(r.out, "format: fake-text"));

    fs::permissions(real_dir, fs::perms(0777));
    r = wrtest::run(prefix.cli(), {"plugins", "--plugin-dir", dir.string()});
    CHECK(contains(r.err, (dir / "wardreport-link.so").string() + ": error: refusing plugin: directory " +
                              real_dir.string() + " is writable by others"));
}

TEST_CASE("a plugin linked into a sticky shared directory like /tmp is accepted, that directory as a plugin directory refused without chmod advice") {
    wrtest::Prefix prefix;
    const fs::path shared = prefix.dir("shared");
    const fs::path real = wrtest::install_plugin("fake", shared);
    fs::permissions(shared, fs::perms(01777));
    const fs::path dir = prefix.dir("links");
    fs::create_symlink(real, dir / "wardreport-link.so");

    auto r = wrtest::run(prefix.cli(), {"plugins", "--plugin-dir", dir.string()});
    INFO(r.err);
    CHECK(contains(r.out, "format: fake-text"));

    // Anyone can add a plugin to the shared directory itself: refused, and the advice is to move
    // the plugins, never to chmod a directory that is shared on purpose.
    r = wrtest::run(prefix.cli(), {"plugins", "--plugin-dir", shared.string()});
    CHECK(contains(r.err, real.string() + ": error: refusing plugin: directory " + shared.string() +
                              " is writable by others (mode 1777): anyone who can write there can add a plugin; "
                              "move the plugins to a directory only you can write, and name that one with "
                              "--plugin-dir"));
    CHECK_FALSE(contains(r.err, "chmod"));
}

TEST_CASE("a plugin owned by another user is refused") {
    if (::geteuid() != 0) return;  // only root can give a file away
    wrtest::Prefix prefix;
    const fs::path dir = prefix.dir("foreign");
    const fs::path p = wrtest::install_plugin("fake", dir);
    REQUIRE(::chown(p.c_str(), 65534, 65534) == 0);
    const auto r = wrtest::run(prefix.cli(), {"plugins", "--plugin-dir", dir.string()});
    CHECK(contains(r.err, p.string() + ": error: refusing plugin: it is owned by uid 65534"));
    CHECK(contains(r.err, "neither root nor uid 0"));
}

TEST_CASE("WARDREPORT_PLUGIN_PATH: absolute entries are searched, empty and relative ones refused") {
    wrtest::Prefix prefix;
    const fs::path dir = prefix.dir("env");
    wrtest::install_plugin("fake", dir);
    const fs::path cwd = prefix.dir("cwd");
    // A plugin in the current directory must never be picked up implicitly.
    wrtest::install_plugin("duplicate", cwd);

    const auto r = wrtest::run(prefix.cli(), {"plugins"}, dir.string() + "::.:plugins", cwd);
    CHECK(r.status == 1);
    CHECK(contains(r.out, "format: fake-text"));
    CHECK(contains(r.out, "[WARDREPORT_PLUGIN_PATH]"));
    CHECK_FALSE(contains(r.out, "duplicate"));
    CHECK(contains(r.err, "WARDREPORT_PLUGIN_PATH: error: entry '' ignored: an empty entry would mean the "
                          "current directory, which is never searched"));
    CHECK(contains(r.err, "WARDREPORT_PLUGIN_PATH: error: entry '.' ignored: a relative entry"));
    CHECK(contains(r.err, "WARDREPORT_PLUGIN_PATH: error: entry 'plugins' ignored: a relative entry"));

    // An empty variable is the same as an unset one.
    const auto empty = wrtest::run(prefix.cli(), {"plugins"}, "", cwd);
    CHECK_FALSE(contains(empty.err, "WARDREPORT_PLUGIN_PATH"));
}

TEST_CASE("search order: built-in, then WARDREPORT_PLUGIN_PATH, then --plugin-dir") {
    wrtest::Prefix prefix;
    const fs::path env = prefix.dir("env"), cli = prefix.dir("cli");
    wrtest::install_plugin("duplicate", env);
    wrtest::install_plugin("fake", cli);
    const auto r = wrtest::run(prefix.cli(), {"plugins", "--plugin-dir", cli.string()}, env.string());
    CHECK(contains(r.err, "format 'fake-text' of plugin 'fake' ignored: plugin 'duplicate'"));
}

TEST_CASE("a missing plugin directory is reported and the others are still searched") {
    wrtest::Prefix prefix;
    wrtest::install_plugin("fake", prefix.builtin());
    const fs::path missing = prefix.root() / "no-such-dir";
    const auto r = wrtest::run(prefix.cli(), {"plugins", "--plugin-dir", missing.string()});
    CHECK(r.status == 1);
    CHECK(contains(r.err, missing.string() + ": error: --plugin-dir plugin directory does not exist"));
    CHECK(contains(r.out, "format: fake-text"));
}

TEST_CASE("the same directory given twice is searched once") {
    wrtest::Prefix prefix;
    const fs::path dir = prefix.dir("twice");
    wrtest::install_plugin("fake", dir);
    const auto r = wrtest::run(prefix.cli(), {"plugins", "--plugin-dir", dir.string()}, dir.string());
    CHECK(r.err.empty());
    CHECK(r.status == 0);
}
