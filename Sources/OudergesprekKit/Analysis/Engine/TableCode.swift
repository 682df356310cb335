/// Writes numbers and words as printable text for a generated Swift source (`CompiledTables`): a number is its
/// hexadecimal digits, all but the last as `A`-`P`, the last as `a`-`p` (so 0 is `a`, 17 is `Bb`); a signed
/// number is zig-zag coded first; a word is its UTF-8 length and its bytes. Reading it back costs a few
/// instructions a digit, and the text holds no quote, backslash or `#`, so it fits a raw string literal.
struct TableWriter {
  private(set) var bytes: [UInt8] = []
  private var lineStart = 0

  /// The text written so far.
  var text: String { String(decoding: bytes, as: UTF8.self) }

  mutating func unsigned(_ value: UInt64) {
    // Lines of about 120 characters, so the generated file stays readable for diff and editors.
    if bytes.count - lineStart >= 120 {
      bytes.append(UInt8(ascii: "\n"))
      lineStart = bytes.count
    }
    var shift = 60
    while shift > 0 && value >> UInt64(shift) == 0 { shift -= 4 }
    while shift > 0 {
      bytes.append(UInt8(ascii: "A") + UInt8((value >> UInt64(shift)) & 15))
      shift -= 4
    }
    bytes.append(UInt8(ascii: "a") + UInt8(value & 15))
  }

  mutating func int(_ value: Int) {
    let wide = Int64(value)
    unsigned(UInt64(bitPattern: (wide << 1) ^ (wide >> 63)))
  }

  mutating func int32(_ value: Int32) { int(Int(value)) }

  mutating func bool(_ value: Bool) { unsigned(value ? 1 : 0) }

  mutating func int32s(_ values: [Int32]) {
    int(values.count)
    for value in values { int32(value) }
  }

  mutating func word(_ value: String) {
    let utf8 = Array(value.utf8)
    int(utf8.count)
    bytes += utf8
  }

  mutating func words(_ values: [String]) {
    int(values.count)
    for value in values { word(value) }
  }
}

/// Reads what `TableWriter` wrote. A text that does not read (a wrong digit, a count beyond the end) sets
/// `failed` and gives zeros from then on: the caller checks `failed` and `isAtEnd` once, at the end.
struct TableReader {
  private let bytes: UnsafeBufferPointer<UInt8>
  private var position = 0
  private(set) var failed = false

  init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  /// Whether everything was read, and read well.
  var isAtEnd: Bool {
    var index = position
    while index < bytes.count && bytes[index] == UInt8(ascii: "\n") { index += 1 }
    return !failed && index == bytes.count
  }

  mutating func unsigned() -> UInt64 {
    var value: UInt64 = 0
    var digits = 0
    while position < bytes.count {
      let byte = bytes[position]
      position += 1
      if byte == UInt8(ascii: "\n") && digits == 0 { continue }
      digits += 1
      if byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "p") && digits <= 16 {
        return value << 4 | UInt64(byte - UInt8(ascii: "a"))
      }
      guard byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "P") && digits < 16 else { break }
      value = value << 4 | UInt64(byte - UInt8(ascii: "A"))
    }
    failed = true
    position = bytes.count
    return 0
  }

  mutating func int() -> Int {
    let coded = unsigned()
    return Int(truncatingIfNeeded: Int64(bitPattern: coded >> 1) ^ -Int64(bitPattern: coded & 1))
  }

  mutating func int32() -> Int32 {
    let value = int()
    guard let narrow = Int32(exactly: value) else {
      failed = true
      return 0
    }
    return narrow
  }

  mutating func bool() -> Bool { unsigned() != 0 }

  /// Marks the text as not read: what was read does not fit together.
  mutating func failFromOutside() {
    failed = true
    position = bytes.count
  }

  /// A count of elements that each take at least one byte: never more than the bytes left.
  mutating func count() -> Int {
    let value = int()
    guard value >= 0 && value <= bytes.count - position else {
      failed = true
      position = bytes.count
      return 0
    }
    return value
  }

  mutating func int32s() -> [Int32] {
    let size = count()
    var values: [Int32] = []
    values.reserveCapacity(size)
    for _ in 0..<size { values.append(int32()) }
    return values
  }

  mutating func word() -> String {
    let length = count()
    let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<position + length]), as: UTF8.self)
    position += length
    return word
  }

  mutating func words() -> [String] {
    let size = count()
    var values: [String] = []
    values.reserveCapacity(size)
    for _ in 0..<size { values.append(word()) }
    return values
  }
}
