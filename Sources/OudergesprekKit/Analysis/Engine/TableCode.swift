/// Writes numbers and words as bytes for a generated Swift source (`CompiledTables`, `CompiledModel`): an
/// unsigned number as LEB128 (seven bits a byte, the high bit set on all but the last), a signed number zig-zag
/// coded first, a hash as its eight bytes, a word as its UTF-8 length and its bytes. The generated source holds
/// the bytes as a `[UInt64]` literal (`swiftArray`), which the compiler lays out in the program's data: a
/// process reads the tables where they lie, without parsing text.
struct TableWriter {
  private(set) var bytes: [UInt8] = []

  mutating func unsigned(_ value: UInt64) {
    var value = value
    while value >= 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
      value >>= 7
    }
    bytes.append(UInt8(value))
  }

  mutating func int(_ value: Int) {
    let wide = Int64(value)
    unsigned(UInt64(bitPattern: (wide << 1) ^ (wide >> 63)))
  }

  mutating func int32(_ value: Int32) { int(Int(value)) }

  mutating func bool(_ value: Bool) { unsigned(value ? 1 : 0) }

  /// A number of which every bit counts (a hash), as its eight bytes, low byte first.
  mutating func fixed64(_ value: UInt64) {
    for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
  }

  /// A number of which every bit counts (a Float's bits), as its four bytes, low byte first.
  mutating func fixed32(_ value: UInt32) {
    for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
  }

  /// Hashes with their values (a table of `HashedIDs` or `FeatureRows`): their count, then each hash as its eight
  /// bytes and its value.
  mutating func keyedValues(_ pairs: [(key: UInt64, value: Int32)]) {
    int(pairs.count)
    for pair in pairs {
      fixed64(pair.key)
      int32(pair.value)
    }
  }

  /// A list of numbers as four bytes each (low byte first), so it reads back in one copy.
  mutating func int32s(_ values: [Int32]) {
    int(values.count)
    for value in values { fixed32(UInt32(bitPattern: value)) }
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

  /// Bytes as they are (already written by another writer).
  mutating func append(_ raw: [UInt8]) { bytes += raw }

  /// A generated Swift source: the `comments` lines, then an enum `name` (documented by `summary`) whose
  /// `numbers` hold the bytes (`swiftArray`) and `count` their number.
  func swiftSource(name: String, comments: [String], summary: String) -> String {
    let header = (["// swift-format-ignore-file"] + comments.map { "// " + $0 }).joined(separator: "\n")
    return """
      \(header)

      /// \(summary): `count` bytes, eight a number.
      enum \(name) {
        static let count = \(bytes.count)
        static let numbers: [UInt64] = [
      \(swiftArray)
        ]
      }

      """
  }

  /// The bytes as the body of a Swift `[UInt64]` literal (eight bytes a number, low byte first, the last one
  /// padded with zeros), four numbers a line; `TableReader.reading` reads them back.
  var swiftArray: String {
    var lines: [String] = []
    var line: [String] = []
    var index = 0
    while index < bytes.count {
      var number: UInt64 = 0
      for offset in 0..<8 where index + offset < bytes.count {
        number |= UInt64(bytes[index + offset]) << UInt64(offset * 8)
      }
      let hex = String(number, radix: 16)
      line.append("0x" + String(repeating: "0", count: 16 - hex.count) + hex)
      if line.count == 4 {
        lines.append("    " + line.joined(separator: ", ") + ",")
        line = []
      }
      index += 8
    }
    if !line.isEmpty { lines.append("    " + line.joined(separator: ", ") + ",") }
    return lines.joined(separator: "\n")
  }
}

/// Reads what `TableWriter` wrote. Bytes that do not read (a number that does not end, a count beyond the end)
/// set `failed` and give zeros from then on: the caller checks `failed` and `isAtEnd` once, at the end.
struct TableReader {
  private let bytes: UnsafeBufferPointer<UInt8>
  private var position = 0
  private(set) var failed = false

  init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  /// The first `count` bytes of `numbers` (a generated `swiftArray`) where they lie, given to `body`; nil when
  /// there are fewer.
  static func withBytes<Result>(
    of numbers: [UInt64], count: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result? {
    guard count >= 0, count <= numbers.count * 8 else { return nil }
    #if _endian(little)
      return numbers.withUnsafeBytes { raw in
        body(UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[0..<count]))
      }
    #else
      let bytes = (0..<count).map { UInt8(truncatingIfNeeded: numbers[$0 / 8] >> UInt64($0 % 8 * 8)) }
      return bytes.withUnsafeBufferPointer(body)
    #endif
  }

  /// Whether everything was read, and read well.
  var isAtEnd: Bool { !failed && position == bytes.count }

  @inline(__always)
  mutating func unsigned() -> UInt64 {
    if position < bytes.count {
      let byte = bytes[position]
      if byte < 0x80 {
        position += 1
        return UInt64(byte)
      }
    }
    return longUnsigned()
  }

  /// `unsigned` of a number of more than one byte.
  private mutating func longUnsigned() -> UInt64 {
    var value: UInt64 = 0
    var shift: UInt64 = 0
    while position < bytes.count && shift < 64 {
      let byte = bytes[position]
      position += 1
      value |= UInt64(byte & 0x7f) << shift
      if byte < 0x80 { return value }
      shift += 7
    }
    failFromOutside()
    return 0
  }

  @inline(__always)
  mutating func int() -> Int {
    let coded = unsigned()
    return Int(truncatingIfNeeded: Int64(bitPattern: coded >> 1) ^ -Int64(bitPattern: coded & 1))
  }

  @inline(__always)
  mutating func int32() -> Int32 {
    let value = int()
    guard let narrow = Int32(exactly: value) else {
      failFromOutside()
      return 0
    }
    return narrow
  }

  @inline(__always)
  mutating func bool() -> Bool { unsigned() != 0 }

  @inline(__always)
  mutating func fixed64() -> UInt64 { fixed(UInt64.self) }

  @inline(__always)
  mutating func fixed32() -> UInt32 { fixed(UInt32.self) }

  /// A number written as its bytes, low byte first (`TableWriter.fixed64`, `fixed32`).
  @inline(__always)
  private mutating func fixed<Number: FixedWidthInteger>(_: Number.Type) -> Number {
    let size = MemoryLayout<Number>.size
    guard bytes.count - position >= size, let base = bytes.baseAddress else {
      failFromOutside()
      return 0
    }
    let value = UnsafeRawPointer(base + position).loadUnaligned(as: Number.self)
    position += size
    return Number(littleEndian: value)
  }

  /// Marks the bytes as not read: what was read does not fit together.
  mutating func failFromOutside() {
    failed = true
    position = bytes.count
  }

  /// A count of elements that each take at least one byte: never more than the bytes left.
  mutating func count() -> Int {
    let value = int()
    guard value >= 0 && value <= bytes.count - position else {
      failFromOutside()
      return 0
    }
    return value
  }

  /// Hashes with their values as `TableWriter.keyedValues` wrote them (check `failed` afterwards).
  mutating func keyedValues() -> (keys: [UInt64], values: [Int32]) {
    let size = count()
    var keys: [UInt64] = []
    var values: [Int32] = []
    keys.reserveCapacity(size)
    values.reserveCapacity(size)
    for _ in 0..<size {
      keys.append(fixed64())
      values.append(int32())
    }
    return (keys, values)
  }

  mutating func int32s() -> [Int32] {
    let size = int()
    guard size > 0 else {
      if size < 0 { failFromOutside() }
      return []
    }
    guard size <= (bytes.count - position) / 4, let base = bytes.baseAddress else {
      failFromOutside()
      return []
    }
    let start = position
    let values = [Int32](unsafeUninitializedCapacity: size) { buffer, initialized in
      UnsafeMutableRawPointer(buffer.baseAddress!).copyMemory(from: base + start, byteCount: size * 4)
      initialized = size
    }
    position += size * 4
    #if _endian(big)
      return values.map { Int32(littleEndian: $0) }
    #else
      return values
    #endif
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
