/// A JSON syntax error: what is wrong, in Dutch, and where.
public struct JSONSyntaxError: Error, Sendable, Equatable {
  public var message: String
  public var location: SourceLocation

  public init(_ message: String, at location: SourceLocation) {
    self.message = message
    self.location = location
  }
}
