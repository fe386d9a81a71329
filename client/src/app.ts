import type { PropsWithChildren } from 'react';
import Taro from '@tarojs/taro';
import { CLOUD_ENV } from './config';
import './app.scss';

// WeChat cloud: initialise once, before any page calls a cloud function.
// The whole block is dead code (removed) in the H5 build.
if (process.env.TARO_ENV === 'weapp') {
  try {
    if (Taro.cloud) {
      Taro.cloud.init({ traceUser: false, ...(CLOUD_ENV ? { env: CLOUD_ENV } : {}) });
    }
  } catch (e) {
    console.error('cloud init failed', e);
  }
}

function App({ children }: PropsWithChildren) {
  return children;
}

export default App;
