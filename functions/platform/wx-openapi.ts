// The WeChat cloud's subscribeMessage.send behind the platform seam's OpenApi. Only dispatch sends (its config.json
// alone has the permission), so only its entry imports this module and the other bundles leave it out.
import type { OpenApi } from './types';
import type { WxSdk } from './wx';

export const MINIPROGRAM_STATES = ['developer', 'trial', 'formal'] as const;

/** MINIPROGRAM_STATE (the function's environment): which version a message opens; anything else → formal. */
export function miniprogramState(env: NodeJS.ProcessEnv = process.env): (typeof MINIPROGRAM_STATES)[number] {
  const value = env.MINIPROGRAM_STATE?.trim();
  if (!value) return 'formal';
  if ((MINIPROGRAM_STATES as readonly string[]).includes(value)) return value as (typeof MINIPROGRAM_STATES)[number];
  console.error(`MINIPROGRAM_STATE must be one of ${MINIPROGRAM_STATES.join(', ')}; using formal`);
  return 'formal';
}

export function wxOpenApi(cloud: WxSdk): OpenApi {
  const state = miniprogramState();
  return {
    miniprogramState: state,
    async sendSubscribeMessage(message) {
      await cloud.openapi.subscribeMessage.send({
        touser: message.touser,
        templateId: message.templateId,
        page: message.page,
        data: message.data,
        miniprogramState: state,
      });
    },
  };
}
