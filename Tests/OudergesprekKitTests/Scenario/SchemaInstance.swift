import Foundation

@testable import OudergesprekKit

/// Reads `Scenarios/scenario.schema.json` and builds scenario instances from it, to compare schema and decoder.
struct SchemaInstance {
  /// One step into a JSON value: an object member or an array element.
  enum Step: Hashable, CustomStringConvertible {
    case key(String)
    case index(Int)

    var description: String {
      switch self {
      case .key(let key): ".\(key)"
      case .index(let index): "[\(index)]"
      }
    }
  }

  /// An object schema and where its instance sits in the generated scenario.
  struct ObjectPlace {
    let path: [Step]
    let schema: JSONNode

    var name: String { path.isEmpty ? "het scenario" : path.map(\.description).joined() }
    var properties: [JSONNode.Member] { schema["properties"]?.members ?? [] }
    var required: Set<String> { Set(schema["required"]?.strings ?? []) }
  }

  static let path = (ScenarioDirectory.checkoutDirectory as NSString).appendingPathComponent(
    "Scenarios/scenario.schema.json")

  let root: JSONNode

  init() throws {
    let data = try Data(contentsOf: URL(fileURLWithPath: Self.path))
    root = try JSONParser.parse([UInt8](data))
  }

  /// Follows a local `$ref` ("#/$defs/naam").
  func resolve(_ node: JSONNode) -> JSONNode {
    guard let reference = node["$ref"]?.string, reference.hasPrefix("#/") else { return node }
    var target = root
    for part in reference.dropFirst(2).split(separator: "/") {
      guard let next = target[String(part)] else { return node }
      target = next
    }
    return resolve(target)
  }

  /// A value the schema allows: its first example, enum value or `oneOf` alternative, every property filled in.
  func instance(of node: JSONNode) -> JSONNode {
    let schema = resolve(node)
    if let example = schema["examples"]?.elements?.first { return example }
    if let first = schema["enum"]?.elements?.first { return first }
    if let first = schema["oneOf"]?.elements?.first { return instance(of: first) }
    switch schema["type"]?.string {
    case "object":
      return .object((schema["properties"]?.members ?? []).map { ($0.key, instance(of: $0.value)) })
    case "array":
      return .array(schema["items"].map { [instance(of: $0)] } ?? [])
    case "integer":
      return .number(schema["minimum"]?.number ?? 1)
    case "boolean":
      return JSONNode(.bool(true), at: .start)
    default:
      return .string("tekst")
    }
  }

  /// Every object schema reachable from the root, with the path of its instance in `instance(of: root)`.
  func objectPlaces() -> [ObjectPlace] {
    var places: [ObjectPlace] = []
    func walk(_ node: JSONNode, _ path: [Step]) {
      let schema = resolve(node)
      if schema["examples"] != nil || schema["enum"] != nil { return }
      if let first = schema["oneOf"]?.elements?.first { return walk(first, path) }
      switch schema["type"]?.string {
      case "object":
        places.append(ObjectPlace(path: path, schema: schema))
        for member in schema["properties"]?.members ?? [] { walk(member.value, path + [.key(member.key)]) }
      case "array":
        if let items = schema["items"] { walk(items, path + [.index(0)]) }
      default:
        break
      }
    }
    walk(root, [])
    return places
  }

  /// Decodes `instance` with the real decoder and returns its diagnostics.
  static func decode(_ instance: JSONNode) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    _ = Scenario.decode(instance, diagnostics: &diagnostics)
    return diagnostics
  }
}

extension JSONNode {
  static func string(_ text: String) -> JSONNode { JSONNode(.string(text), at: .start) }
  static func number(_ number: Double) -> JSONNode { JSONNode(.number(number), at: .start) }
  static func array(_ elements: [JSONNode]) -> JSONNode { JSONNode(.array(elements), at: .start) }
  static func object(_ members: [(String, JSONNode)]) -> JSONNode {
    JSONNode(.object(members.map { JSONNode.Member(key: $0.0, keyLocation: .start, value: $0.1) }), at: .start)
  }

  subscript(key: String) -> JSONNode? { members?.last { $0.key == key }?.value }

  var members: [Member]? {
    if case .object(let members) = value { return members }
    return nil
  }

  var elements: [JSONNode]? {
    if case .array(let elements) = value { return elements }
    return nil
  }

  var string: String? {
    if case .string(let text) = value { return text }
    return nil
  }

  var number: Double? {
    if case .number(let number) = value { return number }
    return nil
  }

  var strings: [String]? { elements?.compactMap(\.string) }

  /// This value with the value at `path` replaced by `transform` of it.
  func replacing(at path: ArraySlice<SchemaInstance.Step>, _ transform: (JSONNode) -> JSONNode) -> JSONNode {
    guard let step = path.first else { return transform(self) }
    var copy = self
    switch (step, value) {
    case (.key(let key), .object(var members)):
      if let index = members.lastIndex(where: { $0.key == key }) {
        members[index].value = members[index].value.replacing(at: path.dropFirst(), transform)
      }
      copy.value = .object(members)
    case (.index(let index), .array(var elements)) where elements.indices.contains(index):
      elements[index] = elements[index].replacing(at: path.dropFirst(), transform)
      copy.value = .array(elements)
    default:
      break
    }
    return copy
  }

  /// This object with its members changed by `change`.
  func changingMembers(_ change: (inout [Member]) -> Void) -> JSONNode {
    guard case .object(var members) = value else { return self }
    change(&members)
    return JSONNode(.object(members), at: location)
  }
}
