extension PatternTable {
  /// Writes the table for `CompiledTables`. The bit sets are not written: they follow from `conditionsOfWord`.
  func write(to writer: inout TableWriter) {
    writer.int(elements.count)
    for element in elements {
      writer.int32(element.gap)
      writer.int32(element.condition)
      writer.bool(element.optional)
    }
    writer.int(conditions.count)
    for condition in conditions {
      writer.int32(condition.bitsOffset)
      writer.bool(condition.acceptsName)
      writer.unsigned(condition.affixMask)
    }
    writer.int(wordsPerSet)
    writer.int(shapes.count)
    for shape in shapes {
      for value in [shape.elementStart, shape.elementCount, shape.filter, shape.minimumLength] { writer.int32(value) }
      for flag in [shape.anchoredAtStart, shape.anchoredAtEnd, shape.mentionsNegation, shape.isPlain] {
        writer.bool(flag)
      }
    }
    writer.int(entries.count)
    for entry in entries {
      writer.int32(entry.shape)
      writer.int32(entry.rule)
      writer.bool(entry.cancels)
    }
    writer.int(affixes.count)
    for affix in affixes {
      writer.word(String(decoding: affix.text, as: UTF8.self))
      writer.bool(affix.isPrefix)
    }
    writer.int(groups.count)
    for group in groups {
      for value in [group.shape, group.filter, group.entryStart, group.entryEnd] { writer.int32(value) }
      writer.bool(group.anchoredAtStart)
    }
    writer.int32s(groupEntries)
    writer.int32s(indexStarts)
    for range in [nameGroups, affixGroups] {
      writer.int(range.lowerBound)
      writer.int(range.upperBound)
    }
    writer.int32s(conditionStarts)
    writer.int32s(conditionsOfWord)
    writer.int32s(nameConditions)
    writer.int(affixConditions.count)
    for list in affixConditions { writer.int32s(list) }
  }

  /// The table as `write(to:)` wrote it, its bit sets rebuilt (check `reader.failed` afterwards).
  init(reading reader: inout TableReader) {
    self.init()
    let elementCount = reader.count()
    elements.reserveCapacity(elementCount)
    for _ in 0..<elementCount {
      elements.append(Element(gap: reader.int32(), condition: reader.int32(), optional: reader.bool()))
    }
    let conditionCount = reader.count()
    conditions.reserveCapacity(conditionCount)
    for _ in 0..<conditionCount {
      conditions.append(
        Condition(bitsOffset: reader.int32(), acceptsName: reader.bool(), affixMask: reader.unsigned()))
    }
    wordsPerSet = reader.int()
    let shapeCount = reader.count()
    shapes.reserveCapacity(shapeCount)
    for _ in 0..<shapeCount {
      let (start, count, filter, minimum) = (reader.int32(), reader.int32(), reader.int32(), reader.int32())
      let (atStart, atEnd, negation, plain) = (reader.bool(), reader.bool(), reader.bool(), reader.bool())
      shapes.append(
        Shape(
          elementStart: start, elementCount: count, anchoredAtStart: atStart, anchoredAtEnd: atEnd,
          mentionsNegation: negation, filter: filter, minimumLength: minimum, isPlain: plain))
    }
    let entryCount = reader.count()
    entries.reserveCapacity(entryCount)
    for _ in 0..<entryCount {
      entries.append(Entry(shape: reader.int32(), rule: reader.int32(), cancels: reader.bool()))
    }
    let affixCount = reader.count()
    for _ in 0..<affixCount {
      affixes.append(Affix(text: Array(reader.word().utf8), isPrefix: reader.bool()))
    }
    let groupCount = reader.count()
    groups.reserveCapacity(groupCount)
    for _ in 0..<groupCount {
      let (shape, filter, start, end) = (reader.int32(), reader.int32(), reader.int32(), reader.int32())
      groups.append(
        Group(shape: shape, filter: filter, anchoredAtStart: reader.bool(), entryStart: start, entryEnd: end))
    }
    groupEntries = reader.int32s()
    indexStarts = reader.int32s()
    var ranges: [Range<Int>] = []
    for _ in 0..<2 {
      let (lower, upper) = (reader.int(), reader.int())
      ranges.append(lower <= upper ? lower..<upper : 0..<0)
      if lower > upper { reader.failFromOutside() }
    }
    nameGroups = ranges[0]
    affixGroups = ranges[1]
    conditionStarts = reader.int32s()
    conditionsOfWord = reader.int32s()
    nameConditions = reader.int32s()
    let affixLists = reader.count()
    for _ in 0..<affixLists { affixConditions.append(reader.int32s()) }
    // The bit sets: per word id, the conditions that accept it.
    guard !reader.failed, wordsPerSet >= 0, conditionStarts.count >= 1 else {
      reader.failFromOutside()
      return
    }
    bits = [UInt64](repeating: 0, count: wordsPerSet * conditions.count)
    for id in 0..<conditionStarts.count - 1 {
      let range = Int(conditionStarts[id])..<Int(conditionStarts[id + 1])
      guard id >> 6 < wordsPerSet, range.lowerBound >= 0, range.upperBound <= conditionsOfWord.count else {
        reader.failFromOutside()
        return
      }
      for slot in range {
        let condition = Int(conditionsOfWord[slot])
        guard condition >= 0 && condition < conditions.count,
          Int(conditions[condition].bitsOffset) + id >> 6 < bits.count
        else {
          reader.failFromOutside()
          return
        }
        bits[Int(conditions[condition].bitsOffset) + id >> 6] |= 1 << UInt64(id & 63)
      }
    }
  }
}
