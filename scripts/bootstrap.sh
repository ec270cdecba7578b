# Sourced by ./portalprobe, ./test.sh and .ci/run: installs what a fresh machine lacks, saying what it does.
# Everything comes from Debian's packages and NuGet; nothing else is downloaded.

pp_say() { printf '[portalprobe] %s\n' "$*" >&2; }
pp_die() { printf '[portalprobe] error: %s\n' "$*" >&2; exit 1; }

pp_apt_install() {
  local packages=("$@")
  if [ "$(id -u)" != 0 ] && ! command -v sudo >/dev/null 2>&1; then
    pp_die "missing ${packages[*]}: install them with apt-get (needs root)"
  fi
  local sudo=""; [ "$(id -u)" != 0 ] && sudo="sudo"
  pp_say "installing ${packages[*]} from Debian (apt-get) ..."
  if ! { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${packages[@]}"; } >/tmp/portalprobe-apt.log 2>&1; then
    tail -n 20 /tmp/portalprobe-apt.log >&2
    pp_die "apt-get install ${packages[*]} failed (log: /tmp/portalprobe-apt.log)"
  fi
}

# Chromium drives every check, as Debian's headless build of it (chromium-headless-shell: the same browser without
# the desktop shell, about half the CPU a check costs); the CJK fonts make Chinese readable in screenshots.
pp_ensure_browser() {
  local chromium="${PORTALPROBE_CHROMIUM:-/usr/bin/chromium-headless-shell}" missing=()
  [ -x "$chromium" ] || missing+=(chromium-headless-shell)
  [ -n "$(fc-list :lang=zh 2>/dev/null | head -n 1)" ] || missing+=(fonts-noto-cjk)
  if [ ${#missing[@]} -gt 0 ]; then pp_apt_install "${missing[@]}"; fi
  [ -x "$chromium" ] || pp_die "Chromium is still missing at $chromium"
}

pp_ensure_dotnet() {
  command -v dotnet >/dev/null 2>&1 || pp_die "the .NET SDK (dotnet) is not on PATH; PortalProbe needs .NET 10"
  export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
}
