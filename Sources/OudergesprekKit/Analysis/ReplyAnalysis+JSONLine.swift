extension ReplyAnalysis {
  /// The analysis as one line of JSON (for `analyseer --json`): text, markers, iMessageParts, evidence.
  public var jsonLine: String {
    var out = "{\"text\":"
    Self.appendJSONString(text, to: &out)
    out += ",\"markers\":["
    for (index, marker) in markers.enumerated() {
      out += index == 0 ? "\"" : ",\""
      out += marker.rawValue
      out += "\""
    }
    out += "],\"iMessageParts\":["
    for (index, part) in iMessageParts.enumerated() {
      out += index == 0 ? "\"" : ",\""
      out += part.rawValue
      out += "\""
    }
    out += "],\"evidence\":["
    for (index, item) in evidence.enumerated() {
      if index > 0 { out += "," }
      out += "{"
      if let marker = item.marker { out += "\"marker\":\"\(marker.rawValue)\"," }
      if let part = item.part { out += "\"part\":\"\(part.rawValue)\"," }
      out += "\"words\":"
      Self.appendJSONString(item.words, to: &out)
      out += ",\"explanation\":"
      Self.appendJSONString(item.explanation, to: &out)
      out += "}"
    }
    out += "]}"
    return out
  }

  /// Appends `text` as a JSON string literal, escaping quotes, backslashes and control characters.
  static func appendJSONString(_ text: String, to out: inout String) {
    out.append("\"")
    var needsEscaping = false
    for byte in text.utf8 where byte < 0x20 || byte == 0x22 || byte == 0x5C {
      needsEscaping = true
      break
    }
    if !needsEscaping {
      out.append(text)
    } else {
      for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": out.append("\\\"")
        case "\\": out.append("\\\\")
        case "\n": out.append("\\n")
        case "\r": out.append("\\r")
        case "\t": out.append("\\t")
        default:
          if scalar.value < 0x20 {
            let hex = String(scalar.value, radix: 16)
            out.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
          } else {
            out.unicodeScalars.append(scalar)
          }
        }
      }
    }
    out.append("\"")
  }
}
