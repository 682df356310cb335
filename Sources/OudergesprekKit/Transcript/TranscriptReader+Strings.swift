import Foundation

extension TranscriptReader {
  /// The JSON text `bytes` (already checked to be valid JSON) with every string neutralised as
  /// `TerminalText.neutralize(_:keepNewlines: true)` does: C0 controls (but newline), DEL and C1 controls become
  /// `\u{FFFD}`, a tab or carriage return a space, and bidirectional overrides are dropped; written as
  /// characters or as `\u` escapes alike. One pass over the bytes, outside any decoder, so every field of the
  /// transcript is covered, also fields added later.
  static func neutralizingStrings(_ bytes: [UInt8]) -> Data {
    var result = Data()
    result.reserveCapacity(bytes.count)
    let replacement = Array("\\ufffd".utf8)
    var index = 0
    var inString = false
    func hex(_ at: Int) -> Int {
      var value = 0
      for byte in bytes[at..<min(at + 4, bytes.count)] {
        let digit: Int
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = Int(byte) - 0x30
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = Int(byte) - 0x57
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = Int(byte) - 0x37
        default: digit = 0
        }
        value = value * 16 + digit
      }
      return value
    }
    while index < bytes.count {
      let byte = bytes[index]
      guard inString else {
        if byte == UInt8(ascii: "\"") { inString = true }
        result.append(byte)
        index += 1
        continue
      }
      switch byte {
      case UInt8(ascii: "\""):
        inString = false
        result.append(byte)
        index += 1
      case UInt8(ascii: "\\") where index + 1 < bytes.count:
        let escaped = bytes[index + 1]
        switch escaped {
        case UInt8(ascii: "u") where index + 5 < bytes.count:
          let value = hex(index + 2)
          switch value {
          case 0x0A: result.append(contentsOf: bytes[index..<(index + 6)])
          case 0x09, 0x0D: result.append(UInt8(ascii: " "))
          case 0x00...0x1F, 0x7F...0x9F: result.append(contentsOf: replacement)
          case 0x202A...0x202E, 0x2066...0x2069: break
          default: result.append(contentsOf: bytes[index..<(index + 6)])
          }
          index += 6
        case UInt8(ascii: "t"), UInt8(ascii: "r"):
          result.append(UInt8(ascii: " "))
          index += 2
        case UInt8(ascii: "b"), UInt8(ascii: "f"):
          result.append(contentsOf: replacement)
          index += 2
        default:
          result.append(contentsOf: bytes[index..<(index + 2)])
          index += 2
        }
      case 0x7F:
        result.append(contentsOf: replacement)
        index += 1
      case 0xC2 where index + 1 < bytes.count && (0x80...0x9F).contains(bytes[index + 1]):
        result.append(contentsOf: replacement)
        index += 2
      case 0xE2
      where index + 2 < bytes.count
        && ((bytes[index + 1] == 0x80 && (0xAA...0xAE).contains(bytes[index + 2]))
          || (bytes[index + 1] == 0x81 && (0xA6...0xA9).contains(bytes[index + 2]))):
        index += 3
      default:
        result.append(byte)
        index += 1
      }
    }
    return result
  }
}
