/// A strict JSON parser (RFC 8259) that keeps the line and column of every value.
///
/// It accepts a UTF-8 byte-order mark and Windows line endings, rejects invalid UTF-8,
/// and limits nesting so that hostile input cannot exhaust the stack.
public struct JSONParser {
  /// The deepest nesting of arrays and objects accepted.
  public static let maximumDepth = 64

  private let bytes: [UInt8]
  private var index = 0
  private var line = 1
  private var lineStart = 0
  private var depth = 0
  /// Where columns were last counted up to on the current line, so that each byte is counted once.
  private var columns = ColumnCursor()

  private init(bytes: [UInt8]) {
    self.bytes = bytes
  }

  /// Parses a whole document. Throws `JSONSyntaxError` with a Dutch message.
  public static func parse(_ data: [UInt8]) throws(JSONSyntaxError) -> JSONNode {
    var bytes = data
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    if let bad = SourceText.firstInvalidUTF8(in: bytes) {
      throw JSONSyntaxError("het bestand is geen geldige UTF-8-tekst; sla het op als UTF-8", at: bad)
    }
    var parser = JSONParser(bytes: bytes)
    parser.skipWhitespace()
    guard parser.index < parser.bytes.count else {
      throw JSONSyntaxError("het bestand is leeg; verwacht een JSON-object { … }", at: parser.location)
    }
    let node = try parser.parseValue()
    parser.skipWhitespace()
    if parser.index < parser.bytes.count {
      throw JSONSyntaxError("onverwachte tekst na het einde van het JSON-document", at: parser.location)
    }
    return node
  }

  /// Parses a string of JSON.
  public static func parse(_ text: String) throws(JSONSyntaxError) -> JSONNode {
    try parse(Array(text.utf8))
  }

  /// The location of the current byte. Columns are counted on from the last location on the same line, so a
  /// whole document costs time linear in its size, also when it is one (minified) line.
  private var location: SourceLocation {
    mutating get {
      SourceLocation(line: line, column: columns.column(of: index, lineStart: lineStart, in: bytes))
    }
  }

  /// The location of byte `offset` on the current line, counted from the line's start: for error messages only,
  /// where the place was noted as an offset because computing it on the way would cost time.
  private func location(ofOffset offset: Int) -> SourceLocation {
    SourceLocation(line: line, column: SourceText.column(of: offset, lineStart: lineStart, in: bytes))
  }

  private mutating func skipWhitespace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x09, 0x0D: index += 1
      case 0x0A:
        index += 1
        line += 1
        lineStart = index
      default: return
      }
    }
  }

  private mutating func parseValue() throws(JSONSyntaxError) -> JSONNode {
    skipWhitespace()
    let start = location
    guard index < bytes.count else {
      throw JSONSyntaxError("het bestand houdt midden in een waarde op", at: start)
    }
    switch bytes[index] {
    case UInt8(ascii: "{"): return try parseObject(start)
    case UInt8(ascii: "["): return try parseArray(start)
    case UInt8(ascii: "\""): return JSONNode(.string(try parseString()), at: start)
    case UInt8(ascii: "t"): try expectWord("true"); return JSONNode(.bool(true), at: start)
    case UInt8(ascii: "f"): try expectWord("false"); return JSONNode(.bool(false), at: start)
    case UInt8(ascii: "n"): try expectWord("null"); return JSONNode(.null, at: start)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      return JSONNode(.number(try parseNumber()), at: start)
    default:
      throw JSONSyntaxError(
        "onverwacht teken \(describeCurrent()); verwacht een waarde (tekst tussen \"…\", getal, lijst of object)",
        at: start)
    }
  }

  private func describeCurrent() -> String {
    guard index < bytes.count else { return "einde van het bestand" }
    let byte = bytes[index]
    if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
    return "(code \(byte))"
  }

  private mutating func enter(_ start: SourceLocation) throws(JSONSyntaxError) {
    depth += 1
    if depth > Self.maximumDepth {
      throw JSONSyntaxError(
        "te diep genest (meer dan \(Self.maximumDepth) niveaus); een scenario is nooit zo diep", at: start)
    }
  }

  private mutating func parseObject(_ start: SourceLocation) throws(JSONSyntaxError) -> JSONNode {
    try enter(start)
    defer { depth -= 1 }
    index += 1
    var members: [JSONNode.Member] = []
    skipWhitespace()
    if index < bytes.count && bytes[index] == UInt8(ascii: "}") {
      index += 1
      return JSONNode(.object(members), at: start)
    }
    while true {
      skipWhitespace()
      let keyLocation = location
      guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
        throw JSONSyntaxError(
          "verwacht een veldnaam tussen aanhalingstekens, maar vond \(describeCurrent())", at: keyLocation)
      }
      let key = try parseString()
      skipWhitespace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
        throw JSONSyntaxError("verwacht ':' na veldnaam \"\(key)\", maar vond \(describeCurrent())", at: location)
      }
      index += 1
      let value = try parseValue()
      members.append(JSONNode.Member(key: key, keyLocation: keyLocation, value: value))
      let afterValue = location
      skipWhitespace()
      guard index < bytes.count else {
        throw JSONSyntaxError("het object dat op regel \(start.line) begint, wordt niet gesloten met '}'", at: location)
      }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        skipWhitespace()
        if index < bytes.count && bytes[index] == UInt8(ascii: "}") {
          throw JSONSyntaxError("komma vóór '}': haal de laatste komma weg", at: location)
        }
        continue
      }
      if bytes[index] == UInt8(ascii: "}") {
        index += 1
        return JSONNode(.object(members), at: start)
      }
      throw JSONSyntaxError(
        "verwacht ',' of '}' na het veld \"\(key)\", maar vond \(describeCurrent()); mist er een komma?",
        at: afterValue.line < line ? afterValue : location)
    }
  }

  private mutating func parseArray(_ start: SourceLocation) throws(JSONSyntaxError) -> JSONNode {
    try enter(start)
    defer { depth -= 1 }
    index += 1
    var elements: [JSONNode] = []
    skipWhitespace()
    if index < bytes.count && bytes[index] == UInt8(ascii: "]") {
      index += 1
      return JSONNode(.array(elements), at: start)
    }
    while true {
      elements.append(try parseValue())
      let afterValue = location
      skipWhitespace()
      guard index < bytes.count else {
        throw JSONSyntaxError("de lijst die op regel \(start.line) begint, wordt niet gesloten met ']'", at: location)
      }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        skipWhitespace()
        if index < bytes.count && bytes[index] == UInt8(ascii: "]") {
          throw JSONSyntaxError("komma vóór ']': haal de laatste komma weg", at: location)
        }
        continue
      }
      if bytes[index] == UInt8(ascii: "]") {
        index += 1
        return JSONNode(.array(elements), at: start)
      }
      throw JSONSyntaxError(
        "verwacht ',' of ']' in een lijst, maar vond \(describeCurrent()); mist er een komma?",
        at: afterValue.line < line ? afterValue : location)
    }
  }

  private mutating func expectWord(_ word: String) throws(JSONSyntaxError) {
    let start = location
    for byte in word.utf8 {
      guard index < bytes.count, bytes[index] == byte else {
        throw JSONSyntaxError("onbekend woord; bedoelt u \(word)? Tekst hoort tussen aanhalingstekens", at: start)
      }
      index += 1
    }
  }

  private mutating func parseNumber() throws(JSONSyntaxError) -> Double {
    let start = index
    let startLocation = location
    if bytes[index] == UInt8(ascii: "-") { index += 1 }
    func digits(_ parser: inout JSONParser) -> Int {
      var count = 0
      while parser.index < parser.bytes.count,
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(parser.bytes[parser.index])
      {
        parser.index += 1
        count += 1
      }
      return count
    }
    guard digits(&self) > 0 else { throw JSONSyntaxError("ongeldig getal", at: startLocation) }
    if index < bytes.count && bytes[index] == UInt8(ascii: ".") {
      index += 1
      guard digits(&self) > 0 else {
        throw JSONSyntaxError("ongeldig getal: cijfers verwacht na de punt", at: startLocation)
      }
    }
    if index < bytes.count && (bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E")) {
      index += 1
      if index < bytes.count && (bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")) { index += 1 }
      guard digits(&self) > 0 else {
        throw JSONSyntaxError("ongeldig getal: exponent zonder cijfers", at: startLocation)
      }
    }
    let text = String(decoding: bytes[start..<index], as: UTF8.self)
    guard let value = Double(text), value.isFinite else {
      throw JSONSyntaxError("getal \(text) is te groot", at: startLocation)
    }
    return value
  }

  private mutating func parseString() throws(JSONSyntaxError) -> String {
    let start = location
    index += 1
    var scalars = String.UnicodeScalarView()
    var runStart = index
    func flush(_ parser: JSONParser) {
      if runStart < parser.index {
        scalars.append(
          contentsOf: String(decoding: parser.bytes[runStart..<parser.index], as: UTF8.self).unicodeScalars)
      }
    }
    while true {
      guard index < bytes.count else {
        throw JSONSyntaxError("tekst die hier begint, wordt niet afgesloten met '\"'", at: start)
      }
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        flush(self)
        index += 1
        return String(scalars)
      }
      if byte == 0x0A || byte == 0x0D {
        throw JSONSyntaxError(
          "tekst die hier begint, loopt door tot het einde van de regel; mist er een '\"'?", at: start)
      }
      if byte < 0x20 {
        throw JSONSyntaxError(
          "stuurteken (code \(byte)) in tekst; schrijf een tab als \\t", at: location(ofOffset: index))
      }
      if byte == UInt8(ascii: "\\") {
        flush(self)
        let escapeOffset = index
        index += 1
        guard index < bytes.count else {
          throw JSONSyntaxError("tekst houdt op na '\\'", at: location(ofOffset: escapeOffset))
        }
        let escaped = bytes[index]
        index += 1
        switch escaped {
        case UInt8(ascii: "\""): scalars.append("\"")
        case UInt8(ascii: "\\"): scalars.append("\\")
        case UInt8(ascii: "/"): scalars.append("/")
        case UInt8(ascii: "b"): scalars.append("\u{08}")
        case UInt8(ascii: "f"): scalars.append("\u{0C}")
        case UInt8(ascii: "n"): scalars.append("\n")
        case UInt8(ascii: "r"): scalars.append("\r")
        case UInt8(ascii: "t"): scalars.append("\t")
        case UInt8(ascii: "u"): scalars.append(try parseUnicodeEscape(escapeOffset))
        default:
          throw JSONSyntaxError(
            "ongeldige escape '\\\(Character(Unicode.Scalar(escaped)))' in tekst", at: location(ofOffset: escapeOffset))
        }
        runStart = index
        continue
      }
      index += 1
    }
  }

  private mutating func parseHex4(_ escapeOffset: Int) throws(JSONSyntaxError) -> UInt32 {
    let at = escapeOffset
    guard index + 4 <= bytes.count else { throw JSONSyntaxError("onvolledige \\u-escape", at: location(ofOffset: at)) }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let byte = bytes[index]
      let digit: UInt32
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
      default:
        throw JSONSyntaxError("ongeldige \\u-escape: verwacht vier hexadecimale cijfers", at: location(ofOffset: at))
      }
      value = value * 16 + digit
      index += 1
    }
    return value
  }

  private mutating func parseUnicodeEscape(_ at: Int) throws(JSONSyntaxError) -> Unicode.Scalar {
    let first = try parseHex4(at)
    if (0xD800...0xDBFF).contains(first) {
      guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
        throw JSONSyntaxError("losse surrogaat in \\u-escape", at: location(ofOffset: at))
      }
      index += 2
      let second = try parseHex4(at)
      guard (0xDC00...0xDFFF).contains(second) else {
        throw JSONSyntaxError("ongeldig surrogaatpaar in \\u-escape", at: location(ofOffset: at))
      }
      let combined = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
      return Unicode.Scalar(combined)!
    }
    guard let scalar = Unicode.Scalar(first) else {
      throw JSONSyntaxError("losse surrogaat in \\u-escape", at: location(ofOffset: at))
    }
    return scalar
  }
}
