//! A minimal ZIP writer for the long image's download-all link and the editor's 发布: files
//! stored as they are (PNGs are compressed already), UTF-8 names, a fixed timestamp so
//! that the same images give the same archive.

/// DOS date 1980-01-01, time 00:00: the earliest a ZIP can say, and the same every build.
const DOS_DATE: u16 = (1 << 5) | 1;
/// General purpose flag 11: names are UTF-8.
const UTF8: u16 = 1 << 11;

fn u16le(out: &mut Vec<u8>, v: u16) {
    out.extend_from_slice(&v.to_le_bytes());
}

fn u32le(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}

/// The archive of `files` (name, bytes), stored uncompressed; an error when a file or
/// the archive passes the 4 GiB of a ZIP without its 64-bit extension.
pub fn stored(files: &[(String, Vec<u8>)]) -> Result<Vec<u8>, String> {
    let too_big = |what: &str| format!("{what} is too large for a ZIP archive");
    let mut out: Vec<u8> = Vec::new();
    let mut central: Vec<u8> = Vec::new();
    for (name, data) in files {
        let offset = u32::try_from(out.len()).map_err(|_| too_big("the archive"))?;
        let size = u32::try_from(data.len()).map_err(|_| too_big(name))?;
        let name_len = u16::try_from(name.len()).map_err(|_| too_big(name))?;
        let crc = crc32fast::hash(data);
        // Local file header.
        u32le(&mut out, 0x0403_4b50);
        for v in [20, UTF8, 0, 0, DOS_DATE] {
            u16le(&mut out, v);
        }
        for v in [crc, size, size] {
            u32le(&mut out, v);
        }
        u16le(&mut out, name_len);
        u16le(&mut out, 0);
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(data);
        // Its entry in the central directory.
        u32le(&mut central, 0x0201_4b50);
        for v in [20, 20, UTF8, 0, 0, DOS_DATE] {
            u16le(&mut central, v);
        }
        for v in [crc, size, size] {
            u32le(&mut central, v);
        }
        for v in [name_len, 0, 0, 0, 0] {
            u16le(&mut central, v);
        }
        u32le(&mut central, 0);
        u32le(&mut central, offset);
        central.extend_from_slice(name.as_bytes());
    }
    let count = u16::try_from(files.len()).map_err(|_| too_big("the file count"))?;
    let at = u32::try_from(out.len()).map_err(|_| too_big("the archive"))?;
    let len = u32::try_from(central.len()).map_err(|_| too_big("the archive"))?;
    out.extend_from_slice(&central);
    // End of central directory.
    u32le(&mut out, 0x0605_4b50);
    for v in [0, 0, count, count] {
        u16le(&mut out, v);
    }
    u32le(&mut out, len);
    u32le(&mut out, at);
    u16le(&mut out, 0);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_archive_lists_each_file_with_its_checksum_and_size() {
        let zip = stored(&[("a/01.png".into(), b"hello".to_vec())]).unwrap();
        assert_eq!(&zip[..4], b"PK\x03\x04");
        assert_eq!(&zip[14..18], &crc32fast::hash(b"hello").to_le_bytes());
        assert_eq!(&zip[30..38], b"a/01.png");
        assert_eq!(&zip[38..43], b"hello");
        let end = zip.len() - 22;
        assert_eq!(&zip[end..end + 4], b"PK\x05\x06");
        assert_eq!(u16::from_le_bytes([zip[end + 10], zip[end + 11]]), 1);
    }
}
