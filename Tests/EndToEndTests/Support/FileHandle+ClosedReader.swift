import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// SIGPIPE ignored in the test process: a program under test may exit before it has read all of its input
/// (a usage error exits at once), and a write to its closed pipe must fail there, not kill every test.
enum BrokenPipe {
  /// Set once, the first time a test writes to a program's input.
  static let ignored: Void = { _ = signal(SIGPIPE, SIG_IGN) }()
}

extension FileHandle {
  /// Writes `data` to a program's input; a program that has already exited is not an error of the test.
  func writeToProgram(_ data: Data) {
    _ = BrokenPipe.ignored
    try? write(contentsOf: data)
  }
}
