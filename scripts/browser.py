"""What make a11y and make xss share: installing the tools they need when
missing (apt for programs, pip for Python modules) and starting headless
Chromium through selenium."""
import importlib.util, os, shutil, subprocess, sys


def ensure(programs=(), modules=()):
    """programs: (Debian package, command) pairs; modules: (import name, PyPI package) pairs."""
    missing = [package for package, command in programs if not shutil.which(command)]
    if missing:
        sudo = [] if os.geteuid() == 0 else ["sudo"]
        subprocess.run(sudo + ["apt-get", "update", "-qq"], check=True)
        subprocess.run(sudo + ["apt-get", "install", "-y", "-qq", *missing], check=True)
    packages = [package for module, package in modules if importlib.util.find_spec(module) is None]
    if packages:
        pip = [sys.executable, "-m", "pip", "install", "-q", *packages]
        if subprocess.run(pip).returncode != 0:
            subprocess.run(pip + ["--break-system-packages"], check=True)


CHROMIUM = [("chromium", "chromium"), ("chromium-driver", "chromedriver")]


def chromium(*flags, **capabilities):
    """Headless Chromium (Debian's, with its chromedriver), 1280 × 1024; `flags` are more command-line flags."""
    from selenium import webdriver
    options = webdriver.ChromeOptions()
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,1024", *flags):
        options.add_argument(flag)
    for name, value in capabilities.items():
        options.set_capability(name, value)
    if shutil.which("chromium"):
        options.binary_location = shutil.which("chromium")
    service = webdriver.ChromeService(executable_path=shutil.which("chromedriver"))
    return webdriver.Chrome(options=options, service=service)
