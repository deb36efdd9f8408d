/// libFuzzer's entry point: one input is the bytes of one journal file, taken through
/// `OneFilePipeline` (Tests/JobJournalTests/Fuzz/OneFilePipeline.swift). Besides crashes,
/// hangs and memory errors, a broken invariant of the pipeline is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneFile(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let broken = OneFilePipeline.run(UnsafeRawBufferPointer(start: data, count: size))
    if let first = broken.first { fatalError(first) }
    return 0
}
