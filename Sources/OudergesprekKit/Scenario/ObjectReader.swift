/// Reads the fields of one JSON object, reporting missing, unknown and mistyped fields as diagnostics.
///
/// Every read marks its key as known; `finish()` reports the keys that no read asked for.
struct ObjectReader {
  let node: JSONNode
  /// Where this object sits in the scenario, for messages: "emoties.toestanden[2]".
  let path: String
  private let members: [JSONNode.Member]
  private var knownKeys: Set<String> = ["$schema"]

  /// A reader for `node`, or nil (with a diagnostic) when it is not an object.
  init?(_ node: JSONNode, path: String, into diagnostics: inout [Diagnostic]) {
    guard case .object(let members) = node.value else {
      diagnostics.append(
        .error(
          "\(path.isEmpty ? "het scenario" : path) moet een object { … } zijn, maar is \(node.typeName)",
          at: node.location))
      return nil
    }
    self.node = node
    self.path = path
    self.members = members
    var seen: Set<String> = []
    for member in members where !seen.insert(member.key).inserted {
      diagnostics.append(
        .error("veld \"\(member.key)\" staat twee keer in \(describe); laat er één staan", at: member.keyLocation))
    }
  }

  private var describe: String { path.isEmpty ? "het scenario" : path }

  private func fieldPath(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

  /// The value of `key`, reporting it when it is required and missing.
  mutating func value(_ key: String, required: Bool, into diagnostics: inout [Diagnostic]) -> JSONNode? {
    knownKeys.insert(key)
    guard let member = members.last(where: { $0.key == key }) else {
      if required {
        diagnostics.append(.error("verplicht veld \"\(key)\" ontbreekt in \(describe)", at: node.location))
      }
      return nil
    }
    return member.value
  }

  mutating func string(_ key: String, required: Bool = true, into diagnostics: inout [Diagnostic]) -> String? {
    guard let value = value(key, required: required, into: &diagnostics) else { return nil }
    guard case .string(let text) = value.value else {
      diagnostics.append(
        .error(
          "\"\(fieldPath(key))\" moet tekst zijn (tussen aanhalingstekens), maar is \(value.typeName)",
          at: value.location))
      return nil
    }
    if text.allSatisfy(\.isWhitespace) {
      diagnostics.append(.error("\"\(fieldPath(key))\" is leeg; vul het in", at: value.location))
      return nil
    }
    return text
  }

  mutating func int(
    _ key: String, in range: ClosedRange<Int>, required: Bool = true, into diagnostics: inout [Diagnostic]
  ) -> Int? {
    guard let value = value(key, required: required, into: &diagnostics) else { return nil }
    guard case .number(let number) = value.value, number.rounded() == number, abs(number) < 1e9 else {
      diagnostics.append(
        .error("\"\(fieldPath(key))\" moet een heel getal zijn, maar is \(value.typeName)", at: value.location))
      return nil
    }
    let int = Int(number)
    guard range.contains(int) else {
      diagnostics.append(
        .error(
          "\"\(fieldPath(key))\" is \(int), maar moet tussen \(range.lowerBound) en \(range.upperBound) liggen",
          at: value.location))
      return nil
    }
    return int
  }

  mutating func bool(_ key: String, required: Bool = true, into diagnostics: inout [Diagnostic]) -> Bool? {
    guard let value = value(key, required: required, into: &diagnostics) else { return nil }
    guard case .bool(let flag) = value.value else {
      diagnostics.append(
        .error("\"\(fieldPath(key))\" moet true of false zijn, maar is \(value.typeName)", at: value.location))
      return nil
    }
    return flag
  }

  mutating func array(_ key: String, required: Bool = true, into diagnostics: inout [Diagnostic]) -> [JSONNode]? {
    guard let value = value(key, required: required, into: &diagnostics) else { return nil }
    guard case .array(let elements) = value.value else {
      diagnostics.append(
        .error("\"\(fieldPath(key))\" moet een lijst [ … ] zijn, maar is \(value.typeName)", at: value.location))
      return nil
    }
    return elements
  }

  /// A list of texts, each with its location; non-text elements are reported and skipped.
  mutating func strings(_ key: String, required: Bool = true, into diagnostics: inout [Diagnostic]) -> [(
    String, SourceLocation
  )]? {
    guard let elements = array(key, required: required, into: &diagnostics) else { return nil }
    var result: [(String, SourceLocation)] = []
    for (index, element) in elements.enumerated() {
      guard case .string(let text) = element.value else {
        diagnostics.append(
          .error("\"\(fieldPath(key))[\(index)]\" moet tekst zijn, maar is \(element.typeName)", at: element.location))
        continue
      }
      result.append((text, element.location))
    }
    return result
  }

  /// A value that may be one text or a list of texts, as `"bij": "adviseren"` or `"bij": ["adviseren", "bevelen"]`.
  mutating func stringOrStrings(_ key: String, required: Bool = true, into diagnostics: inout [Diagnostic]) -> [(
    String, SourceLocation
  )]? {
    guard let value = value(key, required: required, into: &diagnostics) else { return nil }
    if case .string(let text) = value.value { return [(text, value.location)] }
    return strings(key, required: required, into: &diagnostics)
  }

  /// A text that must be one of `allowed`.
  mutating func word<T: RawRepresentable<String>>(
    _ key: String, as type: T.Type, allowed: [T], required: Bool = true, into diagnostics: inout [Diagnostic]
  ) -> T? {
    let location = members.last { $0.key == key }?.value.location
    guard let text = string(key, required: required, into: &diagnostics) else { return nil }
    if let value = T(rawValue: text) { return value }
    let words = allowed.map(\.rawValue)
    let hint = Suggestion.closest(to: text, in: words).map { "; bedoelt u \"\($0)\"?" } ?? ""
    diagnostics.append(
      .error(
        "\"\(fieldPath(key))\" is \"\(text)\", maar moet een van deze zijn: \(words.joined(separator: ", "))\(hint)",
        at: location))
    return nil
  }

  /// Reports every key that was not read, as an unknown field.
  func finish(into diagnostics: inout [Diagnostic]) {
    // Worked out once per object: a file may have thousands of unknown fields.
    let candidates = Array(knownKeys)
    let allowed = knownKeys.subtracting(["$schema"]).sorted().joined(separator: ", ")
    for member in members where !knownKeys.contains(member.key) {
      let hint = Suggestion.closest(to: member.key, in: candidates).map { "; bedoelt u \"\($0)\"?" } ?? ""
      diagnostics.append(
        .error(
          "onbekend veld \"\(member.key)\" in \(describe)\(hint) (toegestaan: \(allowed))", at: member.keyLocation))
    }
  }
}
