import Foundation

/// The text of a transcript file: pretty-printed JSON with the turns first, one block per turn, then the other
/// fields in name order. The same JSON object as `JSONEncoder` makes of a `Transcript`, laid out so that a new
/// turn is written by replacing the end of the file only (`TranscriptWriter`).
///
/// Characters that are invisible or steer a terminal (DEL, C1 controls, bidirectional overrides) are written as
/// `\u` escapes, so that `cat` on a transcript from someone else cannot retitle the window or hide text.
enum TranscriptDocument {
  /// The bytes before the first turn.
  static var opening: Data { Data("{\n  \"turns\" : [".utf8) }

  /// One turn as it stands in the file: a separator, then the turn's object indented under `turns`.
  static func segment(_ turn: TranscriptTurn, first: Bool, encoder: JSONEncoder) throws -> Data {
    let object = escapingInvisible(try encoder.encode(turn))
    // Laid out in an array and turned into `Data` once: appending to `Data` byte by byte costs far more.
    let indent: [UInt8] = Array("    ".utf8)
    var bytes: [UInt8] = Array((first ? "\n" : ",\n").utf8)
    bytes.reserveCapacity(object.count + object.count / 8 + 8)
    bytes += indent
    object.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
      for byte in buffer {
        bytes.append(byte)
        if byte == 0x0A { bytes += indent }
      }
    }
    return Data(bytes)
  }

  /// The bytes after the last turn: the end of `turns`, then every other field of `transcript`.
  static func closing(_ transcript: Transcript, encoder: JSONEncoder) throws -> Data {
    var head = transcript
    head.turns = []
    let text = String(decoding: escapingInvisible(try encoder.encode(head)), as: UTF8.self)
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    // The outer braces, and the empty `turns` member: `  "turns" : [`, an empty line, `  ]` or `  ],`.
    lines = Array(lines.dropFirst().dropLast())
    if let start = lines.firstIndex(of: "  \"turns\" : ["),
      let end = lines[start...].firstIndex(where: { $0 == "  ]" || $0 == "  ]," })
    {
      let wasLast = lines[end] == "  ]"
      lines.removeSubrange(start...end)
      if wasLast, start > 0, lines[start - 1].hasSuffix(",") { lines[start - 1].removeLast() }
    }
    var data = Data("\n  ]".utf8)
    if !lines.isEmpty { data.append(contentsOf: (",\n" + lines.joined(separator: "\n")).utf8) }
    data.append(contentsOf: "\n}\n".utf8)
    return data
  }

  /// The encoder for the parts: pretty-printed, keys in name order, dates as ISO 8601 in UTC (`UTCTimestamp`,
  /// the same text as the `.iso8601` strategy, without loading ICU's time-zone data).
  static func encoder() -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .custom { date, encoder in
      var container = encoder.singleValueContainer()
      try container.encode(UTCTimestamp.iso8601(date))
    }
    return encoder
  }

  /// The whole file, and where each turn's segment starts in it.
  static func whole(_ transcript: Transcript) throws -> (data: Data, segmentStarts: [Int], turnsEnd: Int) {
    let encoder = encoder()
    var data = opening
    var starts: [Int] = []
    starts.reserveCapacity(transcript.turns.count)
    for (index, turn) in transcript.turns.enumerated() {
      starts.append(data.count)
      data.append(try segment(turn, first: index == 0, encoder: encoder))
    }
    let turnsEnd = data.count
    data.append(try closing(transcript, encoder: encoder))
    return (data, starts, turnsEnd)
  }

  /// `data` (UTF-8 JSON) with DEL, C1 controls and bidirectional overrides as `\u` escapes. In JSON text from
  /// an encoder these bytes can only stand inside strings, where an escape means the same character.
  static func escapingInvisible(_ data: Data) -> Data {
    let marked = data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
      buffer.contains { $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }
    }
    guard marked else { return data }
    var result = Data()
    result.reserveCapacity(data.count + 16)
    let bytes = [UInt8](data)
    var index = 0
    func escape(_ value: Int) {
      result.append(contentsOf: "\\u".utf8)
      result.append(contentsOf: String(format: "%04x", value).utf8)
    }
    while index < bytes.count {
      let byte = bytes[index]
      if byte == 0x7F {
        escape(0x7F)
        index += 1
      } else if byte == 0xC2, index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) {
        escape(Int(bytes[index + 1]))
        index += 2
      } else if byte == 0xE2, index + 2 < bytes.count,
        (bytes[index + 1] == 0x80 && (0xAA...0xAE).contains(bytes[index + 2]))
          || (bytes[index + 1] == 0x81 && (0xA6...0xA9).contains(bytes[index + 2]))
      {
        let scalar = 0x2000 | (Int(bytes[index + 1] & 0x3F) << 6) | Int(bytes[index + 2] & 0x3F)
        escape(scalar)
        index += 3
      } else {
        result.append(byte)
        index += 1
      }
    }
    return result
  }
}
