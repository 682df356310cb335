/// A JSON value with the place in the source where it starts, so that errors can point at a line.
public struct JSONNode: Sendable, Equatable {
  /// The kinds of JSON value.
  public indirect enum Value: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONNode])
    case object([Member])
  }

  /// One `"key": value` pair of an object, in source order.
  public struct Member: Sendable, Equatable {
    public var key: String
    public var keyLocation: SourceLocation
    public var value: JSONNode
  }

  public var value: Value
  public var location: SourceLocation

  public init(_ value: Value, at location: SourceLocation) {
    self.value = value
    self.location = location
  }

  /// The Dutch name of this value's type, for error messages.
  public var typeName: String {
    switch value {
    case .null: "null"
    case .bool: "een waar/onwaar-waarde"
    case .number: "een getal"
    case .string: "tekst"
    case .array: "een lijst"
    case .object: "een object"
    }
  }
}
