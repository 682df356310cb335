/// Reads a scenario file's `id` without parsing the file: a scan of the bytes up to the top-level `"id"` member.
///
/// Used to find the one file that `oefen ID` needs, so that the other files of a folder are not decoded and
/// validated. The answer is either an id that the file would have if it loads at all, or nil: "cannot tell
/// cheaply", and then the caller loads the file in full. So a file the scan misreads cannot be skipped.
enum ScenarioIDScan {
  /// The raw value of the first top-level `"id"` member, when it is a plain ASCII string without escapes.
  ///
  /// Nil when the root is not an object, when no plain top-level `"id"` member comes before the object ends,
  /// when a top-level key has an escape (it might spell `id`), and when the value is not a plain string.
  /// A second `"id"` later in the file makes the file broken (a duplicate field), so the first one decides.
  static func id(in bytes: [UInt8]) -> String? {
    var index = 0
    var depth = 0
    var expectsKey = false
    var valueIsID = false
    while index < bytes.count {
      let byte = bytes[index]
      switch byte {
      case UInt8(ascii: "\""):
        let start = index + 1
        var plain = true
        index = start
        while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
          if bytes[index] == UInt8(ascii: "\\") {
            plain = false
            index += 1
          } else if bytes[index] >= 0x80 || bytes[index] < 0x20 {
            plain = false
          }
          index += 1
        }
        guard index < bytes.count else { return nil }
        if depth == 1 && valueIsID {
          return plain ? String(decoding: bytes[start..<index], as: UTF8.self) : nil
        }
        if depth == 1 && expectsKey {
          guard plain else { return nil }
          valueIsID = bytes[start..<index].elementsEqual("id".utf8)
          expectsKey = false
        }
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        if depth == 0 && byte != UInt8(ascii: "{") { return nil }
        if depth == 1 && valueIsID { return nil }
        depth += 1
        expectsKey = depth == 1
      case UInt8(ascii: "}"), UInt8(ascii: "]"):
        depth -= 1
        if depth <= 0 { return nil }
      case UInt8(ascii: ","):
        if depth == 1 { expectsKey = true }
      case UInt8(ascii: ":"), UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"):
        break
      default:
        // A number, `true`, `null` or stray bytes: at the top of the file or as the id's value, nothing to tell.
        if depth == 0 || (depth == 1 && valueIsID) { return nil }
      }
      index += 1
    }
    return nil
  }
}
