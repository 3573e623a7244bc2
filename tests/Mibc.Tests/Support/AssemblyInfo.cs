// The tests run the real Debian daemons, so they run on Linux only.
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
