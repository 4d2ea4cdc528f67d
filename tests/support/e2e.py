"""What the Python end-to-end tests share: running the real CLI (plugins from the build only,
not from WARDREPORT_PLUGIN_PATH) and recording each check, so that one script reports every
failure instead of stopping at the first.

    sys.path.insert(0, <tests/support>); import e2e; e2e.CLI = sys.argv[1]
    rc, out, err = e2e.run("render", ...); e2e.expect(rc == 0, "renders", err)
    sys.exit(1 if e2e.FAILED else 0)"""
import os
import subprocess

CLI = None
FAILED = []


def run(*args, timeout=300):
    env = dict(os.environ, WARDREPORT_PLUGIN_PATH="")
    p = subprocess.run([CLI, *args], capture_output=True, text=True, env=env, timeout=timeout)
    return p.returncode, p.stdout, p.stderr


def expect(cond, what, detail=""):
    if not cond:
        FAILED.append(what)
        print("FAIL:", what, "\n", detail)
    else:
        print("ok:", what)
