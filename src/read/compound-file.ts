import type { LocalizedText } from '../rule-kit/types.js';

/** The signature of an OLE compound file: legacy .doc/.xls/.wps, and Office files encrypted with a password. */
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** An encrypted Office file keeps its package in a stream of this name (UTF-16 in the compound file's directory). */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

export function isCompoundFile(bytes: Uint8Array): boolean {
  return CFB_SIGNATURE.every((byte, i) => bytes[i] === byte);
}

/** An Office file saved with a password: a compound file holding the encrypted package. */
export function isEncryptedPackage(bytes: Uint8Array): boolean {
  return isCompoundFile(bytes) && Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(ENCRYPTED_PACKAGE);
}

/**
 * Why an Office file that should be a zip package is an OLE compound file instead: encrypted with a password
 * (Word, Excel and WPS all keep the encrypted package that way), or saved in the old binary format.
 */
export function compoundFileProblem(bytes: Uint8Array, kind: { zh: string; en: string; modern: string }): LocalizedText {
  if (isEncryptedPackage(bytes)) {
    return {
      zh: `${kind.zh}设有打开密码（已加密），无法读取：请在 Office 或 WPS 中取消密码后另存为 ${kind.modern}`,
      en: `the ${kind.en} is protected with a password (encrypted) and cannot be read: remove the password in Office or WPS and save it as ${kind.modern}`,
    };
  }
  return {
    zh: `这是旧版二进制格式的${kind.zh}（扩展名为 ${kind.modern} 但内容不是）：请另存为 ${kind.modern}`,
    en: `this is a ${kind.en} in the old binary format (named ${kind.modern} but it is not one): save it as ${kind.modern}`,
  };
}
