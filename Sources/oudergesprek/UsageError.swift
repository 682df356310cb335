/// A command-line mistake, with a Dutch message; exits with 64.
struct UsageError: Error {
  var message: String

  init(_ message: String) {
    self.message = message
  }
}
