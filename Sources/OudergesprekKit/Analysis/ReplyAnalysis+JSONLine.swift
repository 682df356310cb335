extension ReplyAnalysis {
  /// The analysis as one line of JSON (for `analyseer --json`): text, markers, iMessageParts, evidence.
  public var jsonLine: String {
    var bytes: [UInt8] = []
    appendJSONLine(to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends `jsonLine`'s UTF-8 bytes to `out`, without a newline; with `topics`, a `topics` list of those ids
  /// stands before the closing brace. Written byte by byte: the stream of `analyseer --json` builds no String
  /// per reply.
  public func appendJSONLine(to out: inout [UInt8], topics: [String]? = nil) {
    Self.append("{\"text\":", to: &out)
    Self.appendJSONString(text, to: &out)
    Self.append(",\"markers\":[", to: &out)
    for (index, marker) in markers.enumerated() {
      out.append(index == 0 ? 0x22 : 0x2C)
      if index > 0 { out.append(0x22) }
      out.append(contentsOf: marker.rawValue.utf8)
      out.append(0x22)
    }
    Self.append("],\"iMessageParts\":[", to: &out)
    for (index, part) in iMessageParts.enumerated() {
      out.append(index == 0 ? 0x22 : 0x2C)
      if index > 0 { out.append(0x22) }
      out.append(contentsOf: part.rawValue.utf8)
      out.append(0x22)
    }
    Self.append("],\"evidence\":[", to: &out)
    for (index, item) in evidence.enumerated() {
      if index > 0 { out.append(0x2C) }
      out.append(0x7B)
      if let marker = item.marker {
        Self.append("\"marker\":\"", to: &out)
        out.append(contentsOf: marker.rawValue.utf8)
        Self.append("\",", to: &out)
      }
      if let part = item.part {
        Self.append("\"part\":\"", to: &out)
        out.append(contentsOf: part.rawValue.utf8)
        Self.append("\",", to: &out)
      }
      Self.append("\"words\":", to: &out)
      Self.appendJSONString(item.words, to: &out)
      Self.append(",\"explanation\":", to: &out)
      Self.appendJSONString(item.explanation, to: &out)
      out.append(0x7D)
    }
    out.append(0x5D)
    if let topics {
      Self.append(",\"topics\":[", to: &out)
      for (index, topic) in topics.enumerated() {
        if index > 0 { out.append(0x2C) }
        out.append(0x22)
        out.append(contentsOf: topic.utf8)
        out.append(0x22)
      }
      out.append(0x5D)
    }
    out.append(0x7D)
  }

  private static func append(_ literal: StaticString, to out: inout [UInt8]) {
    literal.withUTF8Buffer { out.append(contentsOf: $0) }
  }

  /// Appends `text` as a JSON string literal, escaping quotes, backslashes and control characters. The bytes
  /// are read where the String keeps them: one pass to check, one copy when nothing needs escaping.
  static func appendJSONString(_ text: String, to out: inout [UInt8]) {
    var text = text
    text.withUTF8 { bytes in
      out.append(0x22)
      var needsEscaping = false
      for byte in bytes where byte < 0x20 || byte == 0x22 || byte == 0x5C {
        needsEscaping = true
        break
      }
      if !needsEscaping {
        out.append(contentsOf: bytes)
      } else {
        let hexDigits = Array("0123456789abcdef".utf8)
        for byte in bytes {
          switch byte {
          case 0x22: append("\\\"", to: &out)
          case 0x5C: append("\\\\", to: &out)
          case 0x0A: append("\\n", to: &out)
          case 0x0D: append("\\r", to: &out)
          case 0x09: append("\\t", to: &out)
          case ..<0x20:
            append("\\u00", to: &out)
            out.append(hexDigits[Int(byte >> 4)])
            out.append(hexDigits[Int(byte & 0x0F)])
          default: out.append(byte)
          }
        }
      }
      out.append(0x22)
    }
  }
}
