import Foundation

@testable import OudergesprekKit

extension SchemaInstance {
  /// The keywords `problems(in:)` checks; the schema may use only these, besides annotations.
  static let checkedKeywords: Set<String> = [
    "$ref", "type", "enum", "oneOf", "required", "properties", "additionalProperties", "items", "minItems",
    "maxItems",
    "minLength", "pattern", "minimum", "maximum",
  ]

  /// Keywords that only describe and never reject.
  static let annotations: Set<String> = ["$schema", "$defs", "title", "description", "examples"]

  /// Every keyword the schema uses, in any subschema.
  func keywords() -> Set<String> {
    var found: Set<String> = []
    func walk(_ node: JSONNode) {
      guard let members = node.members else { return }
      for member in members {
        found.insert(member.key)
        switch member.key {
        case "properties", "$defs":
          member.value.members?.forEach { walk($0.value) }
        case "oneOf":
          member.value.elements?.forEach(walk)
        case "items":
          walk(member.value)
        default:
          break
        }
      }
    }
    walk(root)
    return found
  }

  /// Where `value` breaks the schema, as "pad: wat er mis is"; empty when it is valid.
  func problems(in value: JSONNode) -> [String] {
    problems(in: value, against: root, path: "")
  }

  private func problems(in value: JSONNode, against node: JSONNode, path: String) -> [String] {
    let schema = resolve(node)
    let place = path.isEmpty ? "het scenario" : path
    if let alternatives = schema["oneOf"]?.elements {
      let matching = alternatives.filter { problems(in: value, against: $0, path: path).isEmpty }
      return matching.count == 1 ? [] : ["\(place): past bij \(matching.count) van de oneOf-mogelijkheden"]
    }
    if let words = schema["enum"]?.strings {
      return value.string.map(words.contains) == true ? [] : ["\(place): geen van \(words)"]
    }
    switch (schema["type"]?.string, value.value) {
    case ("object", .object(let members)):
      return objectProblems(members, schema: schema, path: path)
    case ("array", .array(let elements)):
      var result: [String] = []
      if let minimum = schema["minItems"]?.number, Double(elements.count) < minimum {
        result.append("\(place): minder dan \(Int(minimum)) elementen")
      }
      if let maximum = schema["maxItems"]?.number, Double(elements.count) > maximum {
        result.append("\(place): meer dan \(Int(maximum)) elementen")
      }
      if let items = schema["items"] {
        for (index, element) in elements.enumerated() {
          result += problems(in: element, against: items, path: "\(path)[\(index)]")
        }
      }
      return result
    case ("string", .string(let text)):
      var result: [String] = []
      if let minimum = schema["minLength"]?.number, Double(text.count) < minimum {
        result.append("\(place): korter dan \(Int(minimum))")
      }
      if let pattern = schema["pattern"]?.string, text.range(of: pattern, options: .regularExpression) == nil {
        result.append("\(place): past niet bij het patroon \(pattern)")
      }
      return result
    case ("integer", .number(let number)):
      var result: [String] = []
      if number.rounded() != number { result.append("\(place): geen heel getal") }
      if let minimum = schema["minimum"]?.number, number < minimum { result.append("\(place): kleiner dan \(minimum)") }
      if let maximum = schema["maximum"]?.number, number > maximum { result.append("\(place): groter dan \(maximum)") }
      return result
    case ("boolean", .bool):
      return []
    case (let type, _):
      return ["\(place): verwacht \(type ?? "?"), maar is \(value.typeName)"]
    }
  }

  private func objectProblems(_ members: [JSONNode.Member], schema: JSONNode, path: String) -> [String] {
    let place = path.isEmpty ? "het scenario" : path
    let properties = schema["properties"]?.members ?? []
    var result: [String] = []
    for key in schema["required"]?.strings ?? [] where !members.contains(where: { $0.key == key }) {
      result.append("\(place): verplicht veld \(key) ontbreekt")
    }
    for member in members {
      let field = path.isEmpty ? member.key : "\(path).\(member.key)"
      if let property = properties.first(where: { $0.key == member.key }) {
        result += problems(in: member.value, against: property.value, path: field)
      } else if schema["additionalProperties"]?.value == .bool(false) {
        result.append("\(place): onbekend veld \(member.key)")
      }
    }
    return result
  }
}
