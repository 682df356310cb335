/// One expectation of a test conversation that a play did not meet.
public struct TestFailure: Sendable, Equatable {
  /// Which expectation: the same for the same expectation in every seed, so that failures can be grouped.
  public var expectation: String
  /// What happened instead, in Dutch, without the name of the test conversation.
  public var message: String
  /// The expectation's place in the file.
  public var location: SourceLocation?

  public init(expectation: String, message: String, location: SourceLocation?) {
    self.expectation = expectation
    self.message = message
    self.location = location
  }
}
