#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The C library's `read` and `write`, by names that methods called `read` or `write` cannot shadow.
enum SystemCalls {
  #if canImport(Glibc)
    static let read = Glibc.read
    static let write = Glibc.write
  #elseif canImport(Darwin)
    static let read = Darwin.read
    static let write = Darwin.write
  #endif
}
