import Foundation

/// The `ending` a transcript may hold (written by the professional-ending flow), read without knowing its exact
/// shape, so that the report shows it when present and works without it.
public struct EndingDetails: Sendable, Equatable {
  /// The fields as `key: value` lines, in file order; nested objects are written `outer.inner`.
  public var fields: [(key: String, value: String)]

  /// The score, when the ending has a numeric `score`.
  public var score: Double? {
    fields.first { $0.key == "score" }.flatMap { Double($0.value) }
  }

  public static func == (lhs: EndingDetails, rhs: EndingDetails) -> Bool {
    lhs.fields.map(\.key) == rhs.fields.map(\.key) && lhs.fields.map(\.value) == rhs.fields.map(\.value)
  }

  /// The `ending` of the transcript JSON in `data`; nil when there is none or it cannot be read.
  public static func extract(from data: Data) -> EndingDetails? {
    guard let root = try? JSONParser.parse([UInt8](data)), case .object(let members) = root.value,
      let ending = members.first(where: { $0.key == "ending" })?.value
    else { return nil }
    var fields: [(String, String)] = []
    flatten(ending, prefix: "", into: &fields)
    return fields.isEmpty ? nil : EndingDetails(fields: fields)
  }

  private static func flatten(_ node: JSONNode, prefix: String, into fields: inout [(String, String)]) {
    switch node.value {
    case .null: break
    case .bool(let value): fields.append((prefix, value ? "ja" : "nee"))
    case .number(let value):
      fields.append((prefix, value == value.rounded() ? String(Int(value)) : String(value)))
    case .string(let value): fields.append((prefix, value))
    case .array(let items):
      let scalars = items.compactMap { item -> String? in
        switch item.value {
        case .string(let text): text
        case .number(let value): String(value)
        default: nil
        }
      }
      if scalars.count == items.count {
        if !scalars.isEmpty { fields.append((prefix, scalars.joined(separator: "; "))) }
      } else {
        for (index, item) in items.enumerated() { flatten(item, prefix: "\(prefix)[\(index + 1)]", into: &fields) }
      }
    case .object(let members):
      for member in members {
        flatten(member.value, prefix: prefix.isEmpty ? member.key : "\(prefix).\(member.key)", into: &fields)
      }
    }
  }
}
