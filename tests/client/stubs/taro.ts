// Stand-in for @tarojs/taro in the client's unit tests: storage in memory, navigation and UI calls recorded.
const storage = new Map<string, unknown>();
const noop = () => Promise.resolve({});

const Taro = {
  getStorageSync: (key: string) => (storage.has(key) ? storage.get(key) : ''),
  setStorageSync: (key: string, value: unknown) => void storage.set(key, value),
  removeStorageSync: (key: string) => void storage.delete(key),
  navigateTo: noop,
  redirectTo: noop,
  reLaunch: noop,
  navigateBack: noop,
  showToast: noop,
  setClipboardData: noop,
  getCurrentPages: () => [],
};

export default Taro;
export const useDidShow = () => undefined;
export const useRouter = () => ({ params: {} });
export const useShareAppMessage = () => undefined;
